# Correct but O(n^2) on long streaks: counts upwards from every value, starts or not.
class Solution:
    def longestStreak(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for v in nums:
            end = v
            while end + 1 in values:
                end += 1
            best = max(best, end - v + 1)
        return best
