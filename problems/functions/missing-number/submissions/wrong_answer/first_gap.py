# Sorts and returns the first gap, but forgets that the missing number can be n.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i, v in enumerate(nums):
            if v != i:
                return i
        return 0
