#include <bits/stdc++.h>
using namespace std;

struct DSU {
    vector<int> parent, size;
    DSU(int n) : parent(n), size(n, 1) { iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    bool unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return false;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
        return true;
    }
    int component_size(int x) { return size[find(x)]; }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    DSU dsu(n + 1);
    ostringstream out;
    while (q--) {
        char type;
        int u, v;
        cin >> type >> u;
        if (type == 'S') {
            out << dsu.component_size(u) << '\n';
            continue;
        }
        cin >> v;
        if (type == 'B') dsu.unite(u, v);
        else out << (dsu.find(u) == dsu.find(v) ? "YES" : "NO") << '\n';
    }
    cout << out.str();
}
