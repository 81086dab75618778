#include <stdio.h>
#include <stdlib.h>

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long *prefix = malloc(sizeof(long long) * (n + 1));
    prefix[0] = 0;
    for (int i = 1; i <= n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        prefix[i] = prefix[i - 1] + x;
    }
    qsort(prefix, n + 1, sizeof *prefix, cmp_ll);
    long long answer = 0, run = 0;
    for (int i = 0; i <= n; i++) {
        run = (i > 0 && prefix[i] == prefix[i - 1]) ? run + 1 : 0;
        answer += run;
    }
    printf("%lld\n", answer);
    free(prefix);
    return 0;
}
