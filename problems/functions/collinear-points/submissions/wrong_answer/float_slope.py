# Keys lines by a rounded floating-point slope: nearly parallel directions merge.
class Solution:
    def maxCollinear(self, points: List[List[int]]) -> int:
        best = 1
        for i, (px, py) in enumerate(points):
            slopes = Counter()
            for qx, qy in points[i + 1 :]:
                slope = float("inf") if qx == px else round((qy - py) / (qx - px), 6)
                slopes[slope] += 1
            if slopes:
                best = max(best, 1 + max(slopes.values()))
        return best
