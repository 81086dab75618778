#include <stdio.h>
#include <stdlib.h>

static char buf[1 << 16];
static size_t buf_len, buf_pos;

static int next_char(void) {
    if (buf_pos == buf_len) {
        buf_len = fread(buf, 1, sizeof buf, stdin);
        buf_pos = 0;
        if (buf_len == 0) return -1;
    }
    return buf[buf_pos++];
}

static long long next_ll(void) {
    int c = next_char();
    while (c == ' ' || c == '\n' || c == '\r') c = next_char();
    long long x = 0;
    for (; c >= '0' && c <= '9'; c = next_char()) x = x * 10 + (c - '0');
    return x;
}

static int days_needed(const long long *w, int n, long long cap) {
    int days = 1;
    long long load = 0;
    for (int i = 0; i < n; i++) {
        if (load + w[i] > cap) {
            days++;
            load = 0;
        }
        load += w[i];
    }
    return days;
}

int main(void) {
    int n = (int)next_ll(), d = (int)next_ll();
    long long *w = calloc(n, sizeof *w);
    long long lo = 0, hi = 0;
    for (int i = 0; i < n; i++) {
        w[i] = next_ll();
        if (w[i] > lo) lo = w[i];
        hi += w[i];
    }
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (days_needed(w, n, mid) <= d) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    free(w);
    return 0;
}
