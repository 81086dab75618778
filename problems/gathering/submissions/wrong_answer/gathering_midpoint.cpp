// WRONG: always meets halfway between the two outermost friends, which is only optimal when
// the speeds cooperate.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<double> x(n), v(n);
    for (int i = 0; i < n; i++) scanf("%lf %lf", &x[i], &v[i]);
    double mid = (*std::min_element(x.begin(), x.end()) + *std::max_element(x.begin(), x.end())) / 2;
    double t = 0;
    for (int i = 0; i < n; i++) t = std::max(t, std::abs(x[i] - mid) / v[i]);
    printf("%.9f\n", t);
    return 0;
}
