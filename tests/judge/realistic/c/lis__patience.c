#include <stdio.h>

#define MAXN 200000

static int tails[MAXN];

/* first index in tails[0..len) with tails[i] >= x */
static int lower_bound(int len, int x) {
    int lo = 0, hi = len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (tails[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int main(void) {
    int n, len = 0;
    if (scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; i++) {
        int x;
        if (scanf("%d", &x) != 1) return 1;
        int at = lower_bound(len, x);
        tails[at] = x;
        if (at == len) len++;
    }
    printf("%d\n", len);
    return 0;
}
