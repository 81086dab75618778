# Correct but sorts all scores on every call: O(q n log n).
class Podium:

    def __init__(self, k: int, scores: List[int]):
        self.k = k
        self.scores = list(scores)

    def add(self, score: int) -> int:
        self.scores.append(score)
        self.scores.sort()
        return self.scores[-self.k]
