class Solution:
    def maxCollinear(self, points: List[List[int]]) -> int:
        best = 1
        for i, (px, py) in enumerate(points):
            directions = Counter()
            for qx, qy in points[i + 1 :]:
                dx, dy = qx - px, qy - py
                g = gcd(dx, dy)
                dx, dy = dx // g, dy // g
                if dx < 0 or (dx == 0 and dy < 0):
                    dx, dy = -dx, -dy
                directions[(dx, dy)] += 1
            if directions:
                best = max(best, 1 + max(directions.values()))
        return best
