# Correct but O(n^2): removes each zero from the middle and appends it.
class Solution:
    def moveZeros(self, nums: List[int]) -> None:
        i, seen = 0, 0
        while seen < len(nums):
            if nums[i] == 0:
                nums.pop(i)
                nums.append(0)
            else:
                i += 1
            seen += 1
