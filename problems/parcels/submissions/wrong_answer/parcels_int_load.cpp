// WRONG: the running load and the search bounds are 32-bit ints; the total weight can reach 10^14.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n, d;
    scanf("%d %d", &n, &d);
    std::vector<int> w(n);
    int total = 0, heaviest = 0;
    for (auto& x : w) {
        scanf("%d", &x);
        total += x;
        heaviest = std::max(heaviest, x);
    }
    auto fits = [&](int cap) {
        int trips = 1, load = 0;
        for (int x : w) {
            load += x;
            if (load > cap) {
                trips++;
                load = x;
            }
        }
        return trips <= d;
    };
    int lo = heaviest, hi = std::max(total, heaviest);
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
    }
    printf("%d\n", lo);
    return 0;
}
