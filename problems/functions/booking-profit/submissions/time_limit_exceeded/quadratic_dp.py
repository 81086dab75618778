# Correct but O(n^2): for each job, the best over every earlier compatible job.
class Solution:
    def maxProfit(self, start: List[int], end: List[int], profit: List[int]) -> int:
        jobs = sorted(zip(end, start, profit))
        best = []
        for i, (e, s, p) in enumerate(jobs):
            before = 0
            for j in range(i):
                if jobs[j][0] <= s and best[j] > before:
                    before = best[j]
            best.append(max(best[-1] if best else 0, p + before))
        return best[-1]
