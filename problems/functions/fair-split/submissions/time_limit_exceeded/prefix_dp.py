# Correct but O(n^2 k): the best cost of every prefix with every number of blocks.
class Solution:
    def minLargestPart(self, nums: List[int], k: int) -> int:
        n = len(nums)
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        inf = float("inf")
        best = [[inf] * (k + 1) for _ in range(n + 1)]
        best[0][0] = 0
        for i in range(1, n + 1):
            for parts in range(1, min(i, k) + 1):
                best[i][parts] = min(
                    max(best[j][parts - 1], prefix[i] - prefix[j]) for j in range(parts - 1, i)
                )
        return best[n][k]
