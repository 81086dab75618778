# Sorts and compares neighbours two by two, but answers nums[0] when no pair differs: wrong when
# the lone value is the largest.
class Solution:
    def loneNumber(self, nums: List[int]) -> int:
        nums = sorted(nums)
        for i in range(0, len(nums) - 1, 2):
            if nums[i] != nums[i + 1]:
                return nums[i]
        return nums[0]
