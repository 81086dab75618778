#include <bits/stdc++.h>
using namespace std;
using ll = long long;

template <typename T, typename Pred>
T first_true(T lo, T hi, Pred ok) {
    while (lo < hi) {
        T mid = lo + (hi - lo) / 2;
        if (ok(mid)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, d;
    cin >> n >> d;
    vector<ll> w(n);
    for (ll& x : w) cin >> x;
    ll lo = *max_element(w.begin(), w.end());
    ll hi = accumulate(w.begin(), w.end(), 0LL);
    auto fits = [&](ll cap) {
        int days = 1;
        ll load = 0;
        for (ll x : w) {
            if (load + x > cap) {
                ++days;
                load = 0;
            }
            load += x;
        }
        return days <= d;
    };
    cout << first_true(lo, hi, fits) << '\n';
}
