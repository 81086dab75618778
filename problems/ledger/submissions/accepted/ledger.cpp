#include <cstdio>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 1;
    std::vector<long long> tree(n + 1, 0);  // Fenwick tree
    auto prefix = [&](int i) {
        long long s = 0;
        for (; i > 0; i &= i - 1) s += tree[i];
        return s;
    };
    while (q--) {
        char op;
        long long a, b;
        scanf(" %c %lld %lld", &op, &a, &b);
        if (op == '+') {
            for (int i = (int)a; i <= n; i += i & -i) tree[i] += b;
        } else {
            printf("%lld\n", prefix((int)b) - prefix((int)a - 1));
        }
    }
    return 0;
}
