// WRONG: sorts tasks by their number of prerequisites. Fine for shallow inputs, but a chain
// 3 -> 2 -> 1 gives in-degrees 0, 1, 1 and the order 3 1 2.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    std::vector<int> indeg(n + 1, 0), order(n);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        indeg[b]++;
    }
    std::iota(order.begin(), order.end(), 1);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return indeg[x] < indeg[y]; });
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
    return 0;
}
