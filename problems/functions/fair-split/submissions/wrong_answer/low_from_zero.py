# Starts the search at 0 instead of the largest element: a limit below one element "fits" in
# ever more blocks, and the greedy count then lies.
class Solution:
    def minLargestPart(self, nums: List[int], k: int) -> int:
        def blocks_needed(limit: int) -> int:
            count, current = 1, 0
            for x in nums:
                if current + x > limit:
                    count += 1
                    current = 0
                current += x
            return count

        lo, hi = 0, sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if blocks_needed(mid) <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
