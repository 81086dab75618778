// WRONG: keeps the prefix sums in 32-bit ints. Prefix sums that differ by a multiple of 2^32
// collide after wrapping (e.g. 10^9 * 4 + 294967296 = 2^32 looks like 0).
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<unsigned> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        int a;
        scanf("%d", &a);
        prefix[i] = prefix[i - 1] + (unsigned)a;
    }
    std::sort(prefix.begin(), prefix.end());
    long long total = 0;
    for (int i = 0, j; i <= n; i = j) {
        for (j = i; j <= n && prefix[j] == prefix[i]; j++) {}
        long long run = j - i;
        total += run * (run - 1) / 2;
    }
    printf("%lld\n", total);
    return 0;
}
