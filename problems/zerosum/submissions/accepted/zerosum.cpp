// Equal prefix sums <=> balanced stretch. Sort the n + 1 prefix sums and count equal pairs.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 1; i <= n; i++) {
        long long a;
        scanf("%lld", &a);
        prefix[i] = prefix[i - 1] + a;
    }
    std::sort(prefix.begin(), prefix.end());
    long long total = 0;
    for (int i = 0, j; i <= n; i = j) {
        for (j = i; j <= n && prefix[j] == prefix[i]; j++) {}
        long long run = j - i;
        total += run * (run - 1) / 2;
    }
    printf("%lld\n", total);
    return 0;
}
