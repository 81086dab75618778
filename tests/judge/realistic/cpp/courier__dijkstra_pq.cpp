#include <bits/stdc++.h>
using namespace std;
using ll = long long;
using pli = pair<ll, int>;

const ll INF = numeric_limits<ll>::max();

struct Edge {
    int to;
    ll w;
};

vector<ll> dijkstra(const vector<vector<Edge>>& g, int src) {
    vector<ll> dist(g.size(), INF);
    priority_queue<pli, vector<pli>, greater<pli>> pq;
    dist[src] = 0;
    pq.emplace(0, src);
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d != dist[u]) continue;
        for (const Edge& e : g[u]) {
            if (d + e.w < dist[e.to]) {
                dist[e.to] = d + e.w;
                pq.emplace(dist[e.to], e.to);
            }
        }
    }
    return dist;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<Edge>> g(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v;
        ll w;
        cin >> u >> v >> w;
        g[u].push_back({v, w});
        g[v].push_back({u, w});
    }
    auto dist = dijkstra(g, 1);
    cout << (dist[n] == INF ? -1 : dist[n]) << '\n';
}
