// TOO SLOW: the textbook O(n^2) dynamic programme, about 2 * 10^10 steps for n = 2 * 10^5.
#include <algorithm>
#include <cstdio>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<int> a(n), best(n, 1);
    for (auto& x : a) scanf("%d", &x);
    int answer = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++)
            if (a[j] < a[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
        answer = std::max(answer, best[i]);
    }
    printf("%d\n", answer);
    return 0;
}
