# Correct but O(n^2): counts every element by scanning the whole array.
class Solution:
    def loneNumber(self, nums: List[int]) -> int:
        for x in nums:
            if nums.count(x) == 1:
                return x
        return 0
