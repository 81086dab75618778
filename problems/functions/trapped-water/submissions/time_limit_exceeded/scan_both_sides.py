# Correct but O(n^2): scans both sides of every column for its highest walls.
class Solution:
    def trappedWater(self, heights: List[int]) -> int:
        total = 0
        for i, h in enumerate(heights):
            total += min(max(heights[: i + 1]), max(heights[i:])) - h
        return total
