# Correct but O(n^2): relaxes every jump from every position.
class Solution:
    def fewestHops(self, hops: List[int]) -> int:
        n = len(hops)
        best = [0] + [n] * (n - 1)
        for a in range(n):
            for b in range(a + 1, min(n, a + hops[a] + 1)):
                if best[a] + 1 < best[b]:
                    best[b] = best[a] + 1
        return best[-1]
