class Solution:
    def stairWays(self, n: int) -> int:
        before, ways = 1, 1  # ways to reach stairs i-1 and i
        for _ in range(n - 1):
            before, ways = ways, before + ways
        return ways
