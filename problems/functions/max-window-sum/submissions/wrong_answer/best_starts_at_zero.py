# Bug: the best sum starts at 0, so an array whose windows are all negative returns 0.
class Solution:
    def maxWindowSum(self, nums: List[int], k: int) -> int:
        best = 0
        window = 0
        for i, x in enumerate(nums):
            window += x
            if i >= k:
                window -= nums[i - k]
            if i >= k - 1:
                best = max(best, window)
        return best
