#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    vector<pair<int, int>> req(n);  // (end, start)
    for (auto& [e, s] : req) scanf("%d %d", &s, &e);
    sort(req.begin(), req.end());
    int taken = 0;
    long long free_from = LLONG_MIN;
    for (const auto& [e, s] : req) {
        if (s >= free_from) {
            ++taken;
            free_from = e;
        }
    }
    printf("%d\n", taken);
    return 0;
}
