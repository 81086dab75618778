// WRONG: treats back-to-back requests ([1, 3) and [3, 5)) as overlapping.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

int main() {
    int n;
    scanf("%d", &n);
    std::vector<std::pair<int, int>> req(n);
    for (auto& [e, s] : req) scanf("%d %d", &s, &e);
    std::sort(req.begin(), req.end());
    int count = 0, lastEnd = -1;
    for (auto [e, s] : req) {
        if (s > lastEnd) {
            count++;
            lastEnd = e;
        }
    }
    printf("%d\n", count);
    return 0;
}
