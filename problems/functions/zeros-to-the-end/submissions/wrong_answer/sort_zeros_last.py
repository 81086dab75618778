# Sorts the values: zeros end up last, but the non-zero values lose their order.
class Solution:
    def moveZeros(self, nums: List[int]) -> None:
        nums.sort(key=lambda x: (x == 0, x))
