# Sorts but resets the streak on a duplicate value.
class Solution:
    def longestStreak(self, nums: List[int]) -> int:
        nums = sorted(nums)
        best = run = 0
        for i, v in enumerate(nums):
            run = run + 1 if i and nums[i - 1] == v - 1 else 1
            best = max(best, run)
        return best
