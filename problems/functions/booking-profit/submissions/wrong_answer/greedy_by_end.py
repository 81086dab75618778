# Greedy by earliest end (right for counting bookings, wrong for profit).
class Solution:
    def maxProfit(self, start: List[int], end: List[int], profit: List[int]) -> int:
        total, free_at = 0, 0
        for e, s, p in sorted(zip(end, start, profit)):
            if s >= free_at:
                total += p
                free_at = e
        return total
