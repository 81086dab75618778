# Correct but O(n^2): for each house, the best over every earlier non-neighbour.
class Solution:
    def maxLoot(self, values: List[int]) -> int:
        best = []
        for i, v in enumerate(values):
            earlier = max(best[: i - 1], default=0)
            best.append(v + earlier)
        return max(best)
