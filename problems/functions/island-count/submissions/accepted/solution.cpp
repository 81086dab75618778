class Solution {
public:
    int countIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size();
        int islands = 0;
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++)
                if (grid[r][c] == '1') {
                    islands++;
                    sink(grid, r, c);
                }
        return islands;
    }

private:
    // flood fill with an explicit queue; marks visited land as water
    void sink(vector<vector<char>>& g, int r, int c) {
        static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        int m = g.size(), n = g[0].size();
        queue<pair<int, int>> q;
        g[r][c] = '0';
        q.push({r, c});
        while (!q.empty()) {
            auto [i, j] = q.front();
            q.pop();
            for (int d = 0; d < 4; d++) {
                int x = i + dr[d], y = j + dc[d];
                if (x >= 0 && x < m && y >= 0 && y < n && g[x][y] == '1') {
                    g[x][y] = '0';
                    q.push({x, y});
                }
            }
        }
    }
};
