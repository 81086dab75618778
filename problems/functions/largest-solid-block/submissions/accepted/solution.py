class Solution:
    def largestBlock(self, grid: List[List[str]]) -> int:
        cols = len(grid[0])
        heights = [0] * (cols + 1)  # a sentinel bar of height 0 at the end
        best = 0
        for row in grid:
            for c in range(cols):
                heights[c] = heights[c] + 1 if row[c] == "1" else 0
            stack = []
            for c, h in enumerate(heights):
                while stack and heights[stack[-1]] >= h:
                    top = stack.pop()
                    width = c - stack[-1] - 1 if stack else c
                    best = max(best, heights[top] * width)
                stack.append(c)
        return best
