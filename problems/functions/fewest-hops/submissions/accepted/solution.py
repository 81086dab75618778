class Solution:
    def fewestHops(self, hops: List[int]) -> int:
        jumps = end = far = 0
        for i in range(len(hops) - 1):
            far = max(far, i + hops[i])
            if i == end:  # the current block is used up: one more jump
                jumps += 1
                end = far
        return jumps
