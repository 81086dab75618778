#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int bestLen = 0, bestStart = 1, runStart = 1, prev = -1;
    for (int i = 1; i <= n; i++) {
        long long a;
        scanf("%lld", &a);
        int parity = (int)(a & 1);  // two's complement: correct for negative values too
        if (parity != prev) {
            runStart = i;
            prev = parity;
        }
        if (i - runStart + 1 > bestLen) {
            bestLen = i - runStart + 1;
            bestStart = runStart;
        }
    }
    printf("%d %d\n", bestLen, bestStart);
    return 0;
}
