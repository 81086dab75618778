class Solution:
    def maxXor(self, nums: List[int]) -> int:
        best = 0
        for bit in range(30, -1, -1):
            candidate = best | (1 << bit)
            prefixes = {x >> bit for x in nums}
            target = candidate >> bit
            if any(p ^ target in prefixes for p in prefixes):
                best = candidate
        return best
