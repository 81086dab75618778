class Solution:
    def maxLoot(self, values: List[int]) -> int:
        before, best = 0, 0  # best of the first i-2 and i-1 houses
        for v in values:
            before, best = best, max(best, before + v)
        return best
