// Dinkelbach's iteration in exact integer arithmetic (see gathering.py for the idea).
// With T = p / q (q <= 2 * 10^6, |p| <= 2 * 10^9) all products stay below 10^16.
#include <cstdio>
#include <numeric>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<long long> x(n), v(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &x[i], &v[i]);
    long long p = 0, q = 1;
    while (true) {
        int hiIdx = 0, loIdx = 0;
        long long hi = x[0] * q - v[0] * p, lo = x[0] * q + v[0] * p;
        for (int i = 1; i < n; i++) {
            long long left = x[i] * q - v[i] * p, right = x[i] * q + v[i] * p;
            if (left > hi) hi = left, hiIdx = i;
            if (right < lo) lo = right, loIdx = i;
        }
        if (hi <= lo) break;
        p = x[hiIdx] - x[loIdx];
        q = v[hiIdx] + v[loIdx];
        long long g = std::gcd(p, q);
        p /= g;
        q /= g;
    }
    printf("%.9f\n", (double)p / (double)q);
    return 0;
}
