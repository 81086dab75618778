// TOO SLOW: tries capacities max(w), max(w) + 1, ... one by one, each with an O(n) greedy check.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    scanf("%d %d", &n, &d);
    std::vector<long long> w(n);
    for (auto& x : w) scanf("%lld", &x);
    long long cap = *std::max_element(w.begin(), w.end());
    for (;; cap++) {
        long long trips = 1, load = 0;
        for (long long x : w) {
            load += x;
            if (load > cap) {
                trips++;
                load = x;
            }
        }
        if (trips <= d) break;
    }
    printf("%lld\n", cap);
    return 0;
}
