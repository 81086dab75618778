#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

// A splitmix64 hash, as contestants use against anti-hash tests.
struct SplitMix {
    static uint64_t splitmix64(uint64_t x) {
        x += 0x9e3779b97f4a7c15ULL;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    size_t operator()(uint64_t x) const {
        static const uint64_t seed = 0x1234567ULL;
        return splitmix64(x + seed);
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    unordered_map<ll, int, SplitMix> seen;
    seen.reserve(2 * n + 2);
    seen[0] = 1;
    ll prefix = 0, answer = 0;
    for (int i = 0; i < n; i++) {
        ll x;
        cin >> x;
        prefix += x;
        answer += seen[prefix]++;
    }
    cout << answer << "\n";
}
