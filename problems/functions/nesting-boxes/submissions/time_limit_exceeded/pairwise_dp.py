# Correct but O(n^2): for each box, the best chain over every smaller box.
class Solution:
    def maxNesting(self, boxes: List[List[int]]) -> int:
        boxes = sorted(boxes)
        best = []
        for i, (w, h) in enumerate(boxes):
            inner = 0
            for j in range(i):
                if boxes[j][0] < w and boxes[j][1] < h and best[j] > inner:
                    inner = best[j]
            best.append(inner + 1)
        return max(best)
