class Solution:
    def minRooms(self, meetings: List[List[int]]) -> int:
        ends: List[int] = []  # end times of the rooms in use
        best = 0
        for start, end in sorted(meetings):
            while ends and ends[0] <= start:
                heappop(ends)
            heappush(ends, end)
            best = max(best, len(ends))
        return best
