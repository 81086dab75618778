# Bug: also walks diagonally, so land cells that touch only at a corner are merged.
class Solution:
    def countIslands(self, grid: List[List[str]]) -> int:
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        islands = 0
        for r in range(m):
            for c in range(n):
                if grid[r][c] != "1" or seen[r][c]:
                    continue
                islands += 1
                seen[r][c] = True
                stack = [(r, c)]
                while stack:
                    i, j = stack.pop()
                    for x in (i - 1, i, i + 1):
                        for y in (j - 1, j, j + 1):
                            if 0 <= x < m and 0 <= y < n and grid[x][y] == "1" and not seen[x][y]:
                                seen[x][y] = True
                                stack.append((x, y))
        return islands
