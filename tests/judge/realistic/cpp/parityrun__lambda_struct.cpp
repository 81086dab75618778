#include <bits/stdc++.h>
using namespace std;

struct Streak {
    int length = 0;
    int start = 0;
    bool better_than(const Streak& other) const { return length > other.length; }
};

int main() {
    ios_base::sync_with_stdio(false);
    cin.tie(0);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    auto parity = [](long long x) { return ((x % 2) + 2) % 2; };
    Streak best, cur;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && parity(a[i]) == parity(a[i - 1])) {
            cur.length++;
        } else {
            cur = Streak{1, i + 1};
        }
        if (cur.better_than(best)) best = cur;
    }
    cout << best.length << ' ' << best.start << '\n';
    return 0;
}
