// TOO SLOW: printf output to a pipe is fully buffered and never flushed, so the judge never sees
// the question while the program waits for the reply: both sides block until the time limit.
#include <cstdio>
#include <cstring>

int main() {
    long long n;
    scanf("%lld", &n);
    long long lo = 1, hi = n;
    char reply[16];
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        printf("? %lld\n", mid);
        if (scanf("%15s", reply) != 1) return 0;
        if (!strcmp(reply, "equal")) lo = hi = mid;
        else if (!strcmp(reply, "less")) hi = mid - 1;
        else lo = mid + 1;
    }
    printf("! %lld\n", lo);
    return 0;
}
