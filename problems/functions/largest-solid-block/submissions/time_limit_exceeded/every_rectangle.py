# Correct but O(R^2 C^2): checks every rectangle with a 2-D prefix sum.
class Solution:
    def largestBlock(self, grid: List[List[str]]) -> int:
        rows, cols = len(grid), len(grid[0])
        pre = [[0] * (cols + 1) for _ in range(rows + 1)]
        for r in range(rows):
            for c in range(cols):
                pre[r + 1][c + 1] = pre[r][c + 1] + pre[r + 1][c] - pre[r][c] + (grid[r][c] == "1")
        best = 0
        for r1 in range(rows):
            for r2 in range(r1, rows):
                for c1 in range(cols):
                    for c2 in range(c1, cols):
                        area = (r2 - r1 + 1) * (c2 - c1 + 1)
                        if area > best and pre[r2 + 1][c2 + 1] - pre[r1][c2 + 1] - pre[r2 + 1][c1] + pre[r1][c1] == area:
                            best = area
        return best
