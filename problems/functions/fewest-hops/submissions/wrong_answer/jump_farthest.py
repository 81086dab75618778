# Always jumps as far as possible: the farthest landing point is not always the best.
class Solution:
    def fewestHops(self, hops: List[int]) -> int:
        i = jumps = 0
        while i < len(hops) - 1:
            i = min(len(hops) - 1, i + max(hops[i], 1))
            jumps += 1
        return jumps
