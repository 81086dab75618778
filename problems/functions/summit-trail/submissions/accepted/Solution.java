class Solution {
    private int[][] grid;
    private int[][] memo;

    public int longestTrail(int[][] grid) {
        this.grid = grid;
        memo = new int[grid.length][grid[0].length];
        int answer = 0;
        for (int r = 0; r < grid.length; r++)
            for (int c = 0; c < grid[0].length; c++) answer = Math.max(answer, trail(r, c));
        return answer;
    }

    // Memoised search; the driver runs it on a thread with a large stack (90 000 levels deep).
    private int trail(int r, int c) {
        if (memo[r][c] != 0) return memo[r][c];
        int best = 1;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] s : steps) {
            int nr = r + s[0], nc = c + s[1];
            if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid[0].length && grid[nr][nc] > grid[r][c])
                best = Math.max(best, trail(nr, nc) + 1);
        }
        return memo[r][c] = best;
    }
}
