// TOO SLOW: a disjoint-set forest without union by size and without path compression. Building
// bridges along a path makes one long chain, and every find walks all of it.
#include <cstdio>
#include <numeric>
#include <vector>

std::vector<int> parent, sz;

int find(int x) {
    while (parent[x] != x) x = parent[x];
    return x;
}

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
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
            if (a != b) {
                parent[a] = b;
                sz[b] += sz[a];
            }
        }
    }
    return 0;
}
