# Bug: replaces a removed element by the last one, then moves on without checking that the
# element moved in is not `val` itself.
class Solution:
    def stripValue(self, nums: List[int], val: int) -> int:
        i, n = 0, len(nums)
        while i < n:
            if nums[i] == val:
                nums[i] = nums[n - 1]
                n -= 1
            i += 1
        return n
