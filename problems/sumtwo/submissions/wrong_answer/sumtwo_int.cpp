// WRONG: 32-bit int. Reading 10^18 with %d overflows, and so do sums beyond 2^31 - 1.
#include <cstdio>

int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        int a, b;
        scanf("%d %d", &a, &b);
        printf("%d\n", a + b);
    }
    return 0;
}
