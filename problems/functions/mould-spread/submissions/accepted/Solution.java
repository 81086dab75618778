class Solution {
    public int minutesToSpread(int[][] grid) {
        int rows = grid.length, cols = grid[0].length, fresh = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 2) queue.add(new int[] {r, c});
                if (grid[r][c] == 1) fresh++;
            }
        int minutes = 0;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty() && fresh > 0) {
            for (int k = queue.size(); k > 0; k--) {
                int[] cell = queue.poll();
                for (int[] s : steps) {
                    int nr = cell[0] + s[0], nc = cell[1] + s[1];
                    if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] != 1) continue;
                    grid[nr][nc] = 2;
                    fresh--;
                    queue.add(new int[] {nr, nc});
                }
            }
            minutes++;
        }
        return fresh > 0 ? -1 : minutes;
    }
}
