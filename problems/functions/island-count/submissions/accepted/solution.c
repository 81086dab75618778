int countIslands(char** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0];
    int* stack = malloc(sizeof(int) * m * n);
    static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    int islands = 0;
    for (int r = 0; r < m; r++) {
        for (int c = 0; c < n; c++) {
            if (grid[r][c] != '1') continue;
            islands++;
            int top = 0;
            grid[r][c] = '0';
            stack[top++] = r * n + c;
            while (top > 0) {
                int cell = stack[--top];
                int i = cell / n, j = cell % n;
                for (int d = 0; d < 4; d++) {
                    int x = i + dr[d], y = j + dc[d];
                    if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                        grid[x][y] = '0';
                        stack[top++] = x * n + y;
                    }
                }
            }
        }
    }
    free(stack);
    return islands;
}
