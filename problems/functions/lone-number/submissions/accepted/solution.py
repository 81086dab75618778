class Solution:
    def loneNumber(self, nums: List[int]) -> int:
        return reduce(operator.xor, nums)
