// WRONG: depth-first search finds *a* path to the exit, not necessarily a shortest one.
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
    std::vector<int> depth(r * c, -1), stack = {start};
    depth[start] = 0;
    const int dr[] = {0, 1, 0, -1}, dc[] = {1, 0, -1, 0};
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        int ur = u / c, uc = u % c;
        if (g[ur][uc] == 'E') {
            printf("%d\n", depth[u]);
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            int vr = ur + dr[k], vc = uc + dc[k];
            if (vr < 0 || vr >= r || vc < 0 || vc >= c || g[vr][vc] == '#') continue;
            int v = vr * c + vc;
            if (depth[v] != -1) continue;
            depth[v] = depth[u] + 1;
            stack.push_back(v);
        }
    }
    printf("-1\n");
    return 0;
}
