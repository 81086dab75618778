class Solution:
    def countRuns(self, nums: List[int], k: int) -> int:
        seen = defaultdict(int)
        seen[0] = 1
        prefix = total = 0
        for x in nums:
            prefix += x
            total += seen[prefix - k]
            seen[prefix] += 1
        return total
