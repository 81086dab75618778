# Correct but O(n^3): checks every candidate last piece character by character.
class Solution:
    def minCuts(self, s: str) -> int:
        n = len(s)
        cuts = [-1] + [n] * n
        for i in range(1, n + 1):
            for a in range(i):
                x, y = a, i - 1
                while x < y and s[x] == s[y]:
                    x += 1
                    y -= 1
                if x >= y and cuts[a] + 1 < cuts[i]:
                    cuts[i] = cuts[a] + 1
        return cuts[n]
