# Takes the k-th largest distinct value: duplicates should count separately.
class Solution:
    def kthLargest(self, nums: List[int], k: int) -> int:
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
