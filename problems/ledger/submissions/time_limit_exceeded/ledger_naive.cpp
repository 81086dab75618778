// TOO SLOW: keeps the plain balances and adds them up for every question: O(n) per question,
// up to 10^5 * 10^6 steps.
#include <cstdio>
#include <vector>

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    std::vector<long long> balance(n + 1, 0);
    while (q--) {
        char op;
        long long a, b;
        scanf(" %c %lld %lld", &op, &a, &b);
        if (op == '+') {
            balance[a] += b;
        } else {
            long long s = 0;
            for (long long i = a; i <= b; i++) s += balance[i];
            printf("%lld\n", s);
        }
    }
    return 0;
}
