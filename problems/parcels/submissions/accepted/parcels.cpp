#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 1;
    std::vector<long long> w(n);
    long long total = 0, heaviest = 0;
    for (auto& x : w) {
        scanf("%lld", &x);
        total += x;
        heaviest = std::max(heaviest, x);
    }
    auto fits = [&](long long cap) {
        long long trips = 1, load = 0;
        for (long long x : w) {
            load += x;
            if (load > cap) {
                trips++;
                load = x;
            }
        }
        return trips <= d;
    };
    long long lo = heaviest, hi = total;  // cap = total always works, cap < heaviest never does
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
