// WRONG: the tree stores 32-bit ints, so totals beyond about 2.1 * 10^9 wrap around.
#include <cstdio>
#include <vector>

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    std::vector<int> tree(n + 1, 0);
    auto prefix = [&](int i) {
        int s = 0;
        for (; i > 0; i &= i - 1) s += tree[i];
        return s;
    };
    while (q--) {
        char op;
        int a, b;
        scanf(" %c %d %d", &op, &a, &b);
        if (op == '+') {
            for (int i = a; i <= n; i += i & -i) tree[i] += b;
        } else {
            printf("%d\n", prefix(b) - prefix(a - 1));
        }
    }
    return 0;
}
