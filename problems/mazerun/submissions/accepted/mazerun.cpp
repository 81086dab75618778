#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int r, c;
    std::cin >> r >> c;
    std::vector<std::string> g(r);
    for (auto& row : g) std::cin >> row;
    int sr = 0, sc = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (g[i][j] == 'S') sr = i, sc = j;
    std::vector<int> dist(r * c, -1), queue;
    queue.reserve(r * c);
    dist[sr * c + sc] = 0;
    queue.push_back(sr * c + sc);
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (size_t head = 0; head < queue.size(); head++) {
        int u = queue[head], ur = u / c, uc = u % c;
        if (g[ur][uc] == 'E') {
            printf("%d\n", dist[u]);
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            int vr = ur + dr[k], vc = uc + dc[k];
            if (vr < 0 || vr >= r || vc < 0 || vc >= c || g[vr][vc] == '#') continue;
            int v = vr * c + vc;
            if (dist[v] != -1) continue;
            dist[v] = dist[u] + 1;
            queue.push_back(v);
        }
    }
    printf("-1\n");
    return 0;
}
