# Correct but O(n^2): closes each gap by shifting everything after it one place to the left.
class Solution:
    def stripValue(self, nums: List[int], val: int) -> int:
        n = len(nums)
        i = 0
        while i < n:
            if nums[i] == val:
                for j in range(i + 1, n):
                    nums[j - 1] = nums[j]
                n -= 1
            else:
                i += 1
        return n
