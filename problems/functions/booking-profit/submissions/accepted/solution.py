class Solution:
    def maxProfit(self, start: List[int], end: List[int], profit: List[int]) -> int:
        jobs = sorted(zip(end, start, profit))
        ends = [e for e, _, _ in jobs]
        best = [0]  # best[i]: best total using the first i jobs by end time
        for e, s, p in jobs:
            j = bisect_right(ends, s)  # jobs ending by s
            best.append(max(best[-1], p + best[j]))
        return best[-1]
