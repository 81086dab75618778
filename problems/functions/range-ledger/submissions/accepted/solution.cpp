class RangeLedger {
    int n;
    vector<long long> tree, lazy;  // segment tree: sums, pending adds per node

    void update(int node, int lo, int hi, int l, int r, long long d) {
        if (r < lo || hi < l) return;
        if (l <= lo && hi <= r) {
            tree[node] += d * (hi - lo + 1);
            lazy[node] += d;
            return;
        }
        int mid = (lo + hi) / 2;
        update(2 * node, lo, mid, l, r, d);
        update(2 * node + 1, mid + 1, hi, l, r, d);
        tree[node] = tree[2 * node] + tree[2 * node + 1] + lazy[node] * (hi - lo + 1);
    }

    long long query(int node, int lo, int hi, int l, int r) {
        if (r < lo || hi < l) return 0;
        if (l <= lo && hi <= r) return tree[node];
        int mid = (lo + hi) / 2;
        long long overlap = min(hi, r) - max(lo, l) + 1;
        return lazy[node] * overlap + query(2 * node, lo, mid, l, r) + query(2 * node + 1, mid + 1, hi, l, r);
    }

public:
    RangeLedger(int n) : n(n), tree(4 * n, 0), lazy(4 * n, 0) {}

    void add(int left, int right, int amount) { update(1, 0, n - 1, left, right, amount); }

    long long total(int left, int right) { return query(1, 0, n - 1, left, right); }
};
