// WRONG: in C++, -3 % 2 == -1, so "a % 2 == 1" classifies negative odd numbers as even.
#include <cstdio>

int main() {
    int n;
    scanf("%d", &n);
    int bestLen = 0, bestStart = 1, runStart = 1, prev = -1;
    for (int i = 1; i <= n; i++) {
        int a;
        scanf("%d", &a);
        int parity = (a % 2 == 1) ? 1 : 0;
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
