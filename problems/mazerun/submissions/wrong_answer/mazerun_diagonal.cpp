// WRONG: also allows diagonal steps (eight neighbours instead of four).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int r, c;
    std::cin >> r >> c;
    std::vector<std::string> g(r);
    for (auto& row : g) std::cin >> row;
    int start = 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (g[i][j] == 'S') start = i * c + j;
    std::vector<int> dist(r * c, -1), queue = {start};
    dist[start] = 0;
    for (size_t head = 0; head < queue.size(); head++) {
        int u = queue[head], ur = u / c, uc = u % c;
        if (g[ur][uc] == 'E') {
            printf("%d\n", dist[u]);
            return 0;
        }
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                int vr = ur + dr, vc = uc + dc;
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
