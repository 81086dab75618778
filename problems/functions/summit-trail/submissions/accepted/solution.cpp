class Solution {
public:
    int longestTrail(vector<vector<int>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        vector<int> order(rows * cols);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) {
            return grid[a / cols][a % cols] > grid[b / cols][b % cols];
        });
        vector<int> best(rows * cols, 1);
        int answer = 1;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int cell : order) {
            int r = cell / cols, c = cell % cols;
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
                if (grid[nr][nc] > grid[r][c]) best[cell] = max(best[cell], best[nr * cols + nc] + 1);
            }
            answer = max(answer, best[cell]);
        }
        return answer;
    }
};
