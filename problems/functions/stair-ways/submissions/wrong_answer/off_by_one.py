# Starts from the wrong base case: counts the ways for n + 1 stairs.
class Solution:
    def stairWays(self, n: int) -> int:
        before, ways = 1, 2
        for _ in range(n - 1):
            before, ways = ways, before + ways
        return ways
