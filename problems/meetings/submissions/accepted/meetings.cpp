#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    std::vector<std::pair<int, int>> req(n);  // (end, start)
    for (auto& [e, s] : req) scanf("%d %d", &s, &e);
    std::sort(req.begin(), req.end());
    int count = 0, freeFrom = 0;
    for (auto [e, s] : req) {
        if (s >= freeFrom) {
            count++;
            freeFrom = e;
        }
    }
    printf("%d\n", count);
    return 0;
}
