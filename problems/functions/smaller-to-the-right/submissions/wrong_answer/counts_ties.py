# Counts equal values as smaller (queries the prefix up to its own rank).
class Solution:
    def countSmallerRight(self, nums: List[int]) -> List[int]:
        rank = {v: r for r, v in enumerate(sorted(set(nums)), 1)}
        tree = [0] * (len(rank) + 1)
        out = [0] * len(nums)
        for i in range(len(nums) - 1, -1, -1):
            r = rank[nums[i]]
            k, seen = r, 0
            while k > 0:
                seen += tree[k]
                k -= k & -k
            out[i] = seen
            while r < len(tree):
                tree[r] += 1
                r += r & -r
        return out
