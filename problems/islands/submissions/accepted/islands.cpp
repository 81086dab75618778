#include <cstdio>
#include <numeric>
#include <utility>
#include <vector>

std::vector<int> parent, sz;

int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    parent.resize(n + 1);
    sz.assign(n + 1, 1);
    std::iota(parent.begin(), parent.end(), 0);
    while (q--) {
        char kind;
        int u, v = 0;
        scanf(" %c %d", &kind, &u);
        if (kind != 'S') scanf("%d", &v);
        if (kind == 'S') {
            printf("%d\n", sz[find(u)]);
        } else if (kind == 'Q') {
            puts(find(u) == find(v) ? "YES" : "NO");
        } else {
            int a = find(u), b = find(v);
            if (a == b) continue;
            if (sz[a] < sz[b]) std::swap(a, b);
            parent[b] = a;
            sz[a] += sz[b];
        }
    }
    return 0;
}
