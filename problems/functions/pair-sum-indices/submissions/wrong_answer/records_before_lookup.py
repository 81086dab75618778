# Bug: records the current value before looking up its complement, so a value equal to half the
# target is paired with itself ([i, i]).
class Solution:
    def findPair(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            seen[x] = i
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
        return []
