# Correct but O(n^2): counts the meetings in progress at every start.
class Solution:
    def minRooms(self, meetings: List[List[int]]) -> int:
        return max(sum(s <= t < e for s, e in meetings) for t, _ in meetings)
