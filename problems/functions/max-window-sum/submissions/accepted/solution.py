class Solution:
    def maxWindowSum(self, nums: List[int], k: int) -> int:
        window = sum(nums[:k])
        best = window
        for i in range(k, len(nums)):
            window += nums[i] - nums[i - k]
            if window > best:
                best = window
        return best
