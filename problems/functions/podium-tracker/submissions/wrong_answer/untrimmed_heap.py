# Heapifies the initial scores without trimming them to k: the top is then too small.
class Podium:

    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.heap = list(scores)
        heapify(self.heap)

    def add(self, score: int) -> int:
        heappush(self.heap, score)
        if len(self.heap) > self.k:
            heappop(self.heap)
        return self.heap[0]
