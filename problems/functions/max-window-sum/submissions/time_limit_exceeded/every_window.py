# Correct but O(n * k): sums every window from scratch.
class Solution:
    def maxWindowSum(self, nums: List[int], k: int) -> int:
        best = None
        for start in range(len(nums) - k + 1):
            total = 0
            for i in range(start, start + k):
                total += nums[i]
            if best is None or total > best:
                best = total
        return best
