# Finds the largest solid square (a classic DP), not the largest rectangle.
class Solution:
    def largestBlock(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        side = [[0] * (cols + 1) for _ in range(rows + 1)]
        best = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    side[r + 1][c + 1] = 1 + min(side[r][c], side[r][c + 1], side[r + 1][c])
                    best = max(best, side[r + 1][c + 1])
        return best * best
