# Correct but O(n^2): looks for every candidate in the array.
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for candidate in range(len(nums) + 1):
            if candidate not in nums:
                return candidate
        return -1
