# Correct but O(n^2): tries every pair.
class Solution:
    def maxXor(self, nums: List[int]) -> int:
        best = 0
        for i, a in enumerate(nums):
            for b in nums[i + 1 :]:
                if a ^ b > best:
                    best = a ^ b
        return best
