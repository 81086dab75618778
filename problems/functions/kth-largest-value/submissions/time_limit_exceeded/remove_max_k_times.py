# Correct but O(nk): removes the maximum k times.
class Solution:
    def kthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        for _ in range(k - 1):
            nums.remove(max(nums))
        return max(nums)
