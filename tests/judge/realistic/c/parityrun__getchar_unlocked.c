#include <stdio.h>

static long read_long(void) {
    int c = getchar_unlocked();
    while (c != '-' && (c < '0' || c > '9')) c = getchar_unlocked();
    int negative = 0;
    if (c == '-') {
        negative = 1;
        c = getchar_unlocked();
    }
    long x = 0;
    while (c >= '0' && c <= '9') {
        x = x * 10 + (c - '0');
        c = getchar_unlocked();
    }
    return negative ? -x : x;
}

int main(void) {
    int n = (int)read_long();
    int best_len = 0, best_start = 0, len = 0, start = 0, prev = -1;
    for (int i = 1; i <= n; i++) {
        int p = (int)(read_long() & 1);  /* & 1 is right for negatives in two's complement */
        if (p == prev) {
            len++;
        } else {
            len = 1;
            start = i;
            prev = p;
        }
        if (len > best_len) {
            best_len = len;
            best_start = start;
        }
    }
    printf("%d %d\n", best_len, best_start);
    return 0;
}
