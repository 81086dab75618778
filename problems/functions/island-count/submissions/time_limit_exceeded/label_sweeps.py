# Correct but O(cells * island length): every land cell starts with its own label, then sweeps
# over the whole grid lower each label to its neighbours' minimum until nothing changes.
class Solution:
    def countIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        label = [[r * n + c if grid[r][c] == "1" else -1 for c in range(n)] for r in range(m)]
        changed = True
        while changed:
            changed = False
            for r in range(m):
                for c in range(n):
                    if label[r][c] < 0:
                        continue
                    low = label[r][c]
                    for x, y in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= x < m and 0 <= y < n and 0 <= label[x][y] < low:
                            low = label[x][y]
                    if low < label[r][c]:
                        label[r][c] = low
                        changed = True
        return sum(1 for r in range(m) for c in range(n) if label[r][c] == r * n + c)
