# Correct but rescans the whole grid every minute: O((RC)^2) on a winding path.
class Solution:
    def minutesToSpread(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            spread = []
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] == 2:
                        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                                spread.append((nr, nc))
            if not spread:
                break
            for r, c in spread:
                grid[r][c] = 2
            minutes += 1
        return -1 if any(1 in row for row in grid) else minutes
