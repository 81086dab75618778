# Correct but O(n^3): counts the points on the line through every pair.
class Solution:
    def maxCollinear(self, points: List[List[int]]) -> int:
        n = len(points)
        if n <= 2:
            return n
        best = 2
        for i in range(n):
            ax, ay = points[i]
            for j in range(i + 1, n):
                bx, by = points[j]
                count = 0
                for cx, cy in points:
                    if (bx - ax) * (cy - ay) == (by - ay) * (cx - ax):
                        count += 1
                best = max(best, count)
        return best
