# Correct but O(n^2): each interval is merged into the list by scanning every merged interval.
class Solution:
    def mergeIntervals(self, intervals: List[List[int]]) -> List[List[int]]:
        merged: List[List[int]] = []
        for start, end in intervals:
            keep = []
            for s, e in merged:
                if s <= end and start <= e:
                    start, end = min(start, s), max(end, e)
                else:
                    keep.append([s, e])
            keep.append([start, end])
            merged = keep
        merged.sort()
        return merged
