// TOO SLOW: tries every start l and extends r, O(n^2) = 2 * 10^10 steps for n = 2 * 10^5.
#include <cstdio>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long total = 0;
    for (int l = 0; l < n; l++) {
        long long s = 0;
        for (int r = l; r < n; r++) {
            s += a[r];
            if (s == 0) total++;
        }
    }
    printf("%lld\n", total);
    return 0;
}
