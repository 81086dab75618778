#include <bits/stdc++.h>
using namespace std;

int n, m;
vector<vector<int>> adj;
vector<int> state;  // 0 new, 1 on the stack, 2 done
vector<int> order_out;
bool cyclic = false;

void dfs(int u) {
    state[u] = 1;
    for (int v : adj[u]) {
        if (state[v] == 1) cyclic = true;
        else if (state[v] == 0) dfs(v);
        if (cyclic) return;
    }
    state[u] = 2;
    order_out.push_back(u);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    cin >> n >> m;
    adj.assign(n + 1, {});
    state.assign(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
    }
    for (int u = 1; u <= n && !cyclic; u++)
        if (state[u] == 0) dfs(u);
    if (cyclic) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    reverse(order_out.begin(), order_out.end());
    for (size_t i = 0; i < order_out.size(); i++) cout << order_out[i] << " \n"[i + 1 == order_out.size()];
}
