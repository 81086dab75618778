# Correct but O(n^2): scans everything to the right of each element.
class Solution:
    def countSmallerRight(self, nums: List[int]) -> List[int]:
        n = len(nums)
        return [sum(1 for j in range(i + 1, n) if nums[j] < nums[i]) for i in range(n)]
