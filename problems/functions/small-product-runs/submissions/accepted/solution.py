class Solution:
    def countRuns(self, nums: List[int], k: int) -> int:
        count = left = 0
        product = 1
        for right, x in enumerate(nums):
            product *= x
            while left <= right and product >= k:
                product //= nums[left]
                left += 1
            count += right - left + 1
        return count
