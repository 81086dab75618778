class Solution:
    def minCuts(self, s: str) -> int:
        n = len(s)
        cuts = [-1] + [n] * n  # cuts[i]: fewest cuts for s[:i]
        for centre in range(n):
            for a, b in ((centre, centre), (centre, centre + 1)):
                while a >= 0 and b < n and s[a] == s[b]:
                    if cuts[a] + 1 < cuts[b + 1]:
                        cuts[b + 1] = cuts[a] + 1
                    a -= 1
                    b += 1
        return cuts[n]
