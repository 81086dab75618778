// TOO SLOW: Bellman-Ford, O(n * m) in the worst case (a long path whose streets are listed from
// the far end, so each pass over the streets extends the known distances by just one street).
#include <cstdio>
#include <vector>

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    std::vector<int> u(m), v(m);
    std::vector<long long> w(m);
    for (int i = 0; i < m; i++) scanf("%d %d %lld", &u[i], &v[i], &w[i]);
    const long long INF = 1LL << 62;
    std::vector<long long> dist(n + 1, INF);
    dist[1] = 0;
    for (int pass = 1; pass < n; pass++) {
        bool changed = false;
        for (int i = 0; i < m; i++) {
            if (dist[u[i]] + w[i] < dist[v[i]]) dist[v[i]] = dist[u[i]] + w[i], changed = true;
            if (dist[v[i]] + w[i] < dist[u[i]]) dist[u[i]] = dist[v[i]] + w[i], changed = true;
        }
        if (!changed) break;
    }
    printf("%lld\n", dist[n] >= INF ? -1 : dist[n]);
    return 0;
}
