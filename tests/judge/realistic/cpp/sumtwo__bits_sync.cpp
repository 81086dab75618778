#include <bits/stdc++.h>
using namespace std;
using ll = long long;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string out;
    while (t--) {
        ll a, b;
        cin >> a >> b;
        out += to_string(a + b);
        out += '\n';
    }
    cout << out;
}
