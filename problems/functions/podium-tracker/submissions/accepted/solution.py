class Podium:

    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.heap = list(scores)
        heapify(self.heap)
        while len(self.heap) > k:
            heappop(self.heap)

    def add(self, score: int) -> int:
        if len(self.heap) < self.k:
            heappush(self.heap, score)
        elif score > self.heap[0]:
            heapreplace(self.heap, score)
        return self.heap[0]
