# Correct but O(n^2): multiplies out runs from every start (stopping once the product is too big).
class Solution:
    def countRuns(self, nums: List[int], k: int) -> int:
        count = 0
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                if p >= k:
                    break
                count += 1
        return count
