# Remembers the first position of each value instead of the last.
class Solution:
    def hasNearbyRepeat(self, nums: List[int], k: int) -> bool:
        first = {}
        for i, v in enumerate(nums):
            if v in first and i - first[v] <= k:
                return True
            first.setdefault(v, i)
        return False
