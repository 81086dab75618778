# Correct but O(n k): compares each element with the k before it.
class Solution:
    def hasNearbyRepeat(self, nums: List[int], k: int) -> bool:
        for i in range(len(nums)):
            for j in range(max(0, i - k), i):
                if nums[j] == nums[i]:
                    return True
        return False
