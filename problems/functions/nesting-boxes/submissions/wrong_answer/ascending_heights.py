# Sorts equal widths by ascending height: boxes of the same width get chained.
class Solution:
    def maxNesting(self, boxes: List[List[int]]) -> int:
        tails: List[int] = []
        for _, h in sorted(boxes):
            i = bisect_left(tails, h)
            if i == len(tails):
                tails.append(h)
            else:
                tails[i] = h
        return len(tails)
