# A two-pointer window: right for positive values only, wrong once values can be negative or zero.
class Solution:
    def countRuns(self, nums: List[int], k: int) -> int:
        total = left = window = 0
        for right, x in enumerate(nums):
            window += x
            while window > k and left < right:
                window -= nums[left]
                left += 1
            if window == k:
                total += 1
        return total
