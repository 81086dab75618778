# Correct but exponential: follows every trail from every cell without remembering results.
class Solution:
    def longestTrail(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])

        def walk(r: int, c: int) -> int:
            best = 1
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] > grid[r][c]:
                    best = max(best, 1 + walk(nr, nc))
            return best

        return max(walk(r, c) for r in range(rows) for c in range(cols))
