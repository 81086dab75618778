# Treats a meeting ending at t as overlapping one that starts at t (starts before ends on ties).
class Solution:
    def minRooms(self, meetings: List[List[int]]) -> int:
        events = sorted([(s, 0) for s, _ in meetings] + [(e, 1) for _, e in meetings])
        best = now = 0
        for _, kind in events:
            now += 1 if kind == 0 else -1
            best = max(best, now)
        return best
