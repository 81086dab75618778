#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int R, C;
    cin >> R >> C;
    vector<string> g(R);
    for (auto& row : g) cin >> row;
    int sr = 0, sc = 0, er = 0, ec = 0;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++) {
            if (g[r][c] == 'S') sr = r, sc = c;
            if (g[r][c] == 'E') er = r, ec = c;
        }
    const array<int, 4> dr{1, -1, 0, 0}, dc{0, 0, 1, -1};
    vector<vector<int>> dist(R, vector<int>(C, -1));
    function<bool(int, int)> free_cell = [&](int r, int c) {
        return r >= 0 && r < R && c >= 0 && c < C && g[r][c] != '#' && dist[r][c] < 0;
    };
    queue<pair<int, int>> q;
    dist[sr][sc] = 0;
    q.push({sr, sc});
    while (!q.empty()) {
        auto [r, c] = q.front();
        q.pop();
        for (int k = 0; k < 4; k++) {
            int nr = r + dr[k], nc = c + dc[k];
            if (free_cell(nr, nc)) {
                dist[nr][nc] = dist[r][c] + 1;
                q.push({nr, nc});
            }
        }
    }
    cout << dist[er][ec] << '\n';
}
