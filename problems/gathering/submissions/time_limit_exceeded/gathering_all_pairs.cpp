// TOO SLOW: correct formula, max over all pairs of |x_i - x_j| / (v_i + v_j): O(n^2).
#include <cstdio>
#include <cstdlib>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<double> x(n), v(n);
    for (int i = 0; i < n; i++) scanf("%lf %lf", &x[i], &v[i]);
    double best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            double t = std::abs(x[i] - x[j]) / (v[i] + v[j]);
            if (t > best) best = t;
        }
    printf("%.9f\n", best);
    return 0;
}
