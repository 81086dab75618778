# Correct but O(k * d): picks the most frequent remaining value k times, scanning all of them.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = Counter(nums)
        result = []
        for _ in range(k):
            best = None
            for value, c in count.items():
                if best is None or c > count[best]:
                    best = value
            result.append(best)
            del count[best]
        return result
