# Correct but O(n^2): checks each booking against every booking kept so far.
class Solution:
    def fewestCancellations(self, bookings: List[List[int]]) -> int:
        kept = []
        for start, end in sorted(bookings, key=lambda b: b[1]):
            if all(start >= e or end <= s for s, e in kept):
                kept.append((start, end))
        return len(bookings) - len(kept)
