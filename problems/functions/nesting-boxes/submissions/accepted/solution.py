class Solution:
    def maxNesting(self, boxes: List[List[int]]) -> int:
        tails: List[int] = []  # tails[L]: smallest last height of a chain of L + 1 boxes
        for _, h in sorted(boxes, key=lambda b: (b[0], -b[1])):
            i = bisect_left(tails, h)
            if i == len(tails):
                tails.append(h)
            else:
                tails[i] = h
        return len(tails)
