class Solution:
    def kthLargest(self, nums: List[int], k: int) -> int:
        heap: List[int] = []
        for x in nums:
            if len(heap) < k:
                heappush(heap, x)
            elif x > heap[0]:
                heapreplace(heap, x)
        return heap[0]
