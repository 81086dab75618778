class Solution:
    def fewestCancellations(self, bookings: List[List[int]]) -> int:
        kept, free_at = 0, float("-inf")
        for start, end in sorted(bookings, key=lambda b: b[1]):
            if start >= free_at:
                kept += 1
                free_at = end
        return len(bookings) - kept
