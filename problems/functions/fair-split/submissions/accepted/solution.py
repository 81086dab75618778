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

        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if blocks_needed(mid) <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
