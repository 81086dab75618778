# Counts in 32 bits (as an int would in C or Java): wrong when there are more than 2^31 runs.
class Solution:
    def countRuns(self, nums: List[int], k: int) -> int:
        count = left = 0
        product = 1
        for right, x in enumerate(nums):
            product *= x
            while left <= right and product >= k:
                product //= nums[left]
                left += 1
            count = (count + right - left + 1 + 2**31) % 2**32 - 2**31
        return count
