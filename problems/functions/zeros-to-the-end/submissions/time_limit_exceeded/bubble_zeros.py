# Correct but O(n^2): bubbles the zeros to the right, one swap of neighbours at a time.
class Solution:
    def moveZeros(self, nums: List[int]) -> None:
        for end in range(len(nums) - 1, 0, -1):
            for j in range(end):
                if nums[j] == 0 and nums[j + 1] != 0:
                    nums[j], nums[j + 1] = nums[j + 1], nums[j]
