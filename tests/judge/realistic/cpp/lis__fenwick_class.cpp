#include <bits/stdc++.h>
using namespace std;

template <class T>
class Fenwick {
    vector<T> tree;

public:
    explicit Fenwick(int n) : tree(n + 1) {}
    void raise(int i, T value) {
        for (++i; i < (int)tree.size(); i += i & -i) tree[i] = max(tree[i], value);
    }
    T prefix_max(int i) const {  // max over [0, i)
        T best{};
        for (; i > 0; i -= i & -i) best = max(best, tree[i]);
        return best;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    vector<int> sorted_values(a);
    ranges::sort(sorted_values);
    sorted_values.erase(unique(sorted_values.begin(), sorted_values.end()), sorted_values.end());
    Fenwick<int> fw(sorted_values.size());
    int best = 0;
    for (int x : a) {
        int rank = lower_bound(sorted_values.begin(), sorted_values.end(), x) - sorted_values.begin();
        int len = fw.prefix_max(rank) + 1;
        fw.raise(rank, len);
        best = max(best, len);
    }
    printf("%d\n", best);
}
