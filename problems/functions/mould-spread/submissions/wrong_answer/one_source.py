# Spreads from the first mouldy cell only (a BFS from one source).
class Solution:
    def minutesToSpread(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        sources = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        queue = deque(sources[:1])
        others = set(sources)
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while queue and fresh:
            for _ in range(len(queue)):
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in (1, 2) and (nr, nc) not in others:
                        if grid[nr][nc] == 1:
                            fresh -= 1
                        grid[nr][nc] = 3
                        queue.append((nr, nc))
            minutes += 1
        return -1 if fresh else minutes
