# Greedy: always cuts off the longest palindromic prefix. Not optimal ("abaab").
class Solution:
    def minCuts(self, s: str) -> int:
        cuts, i = -1, 0
        while i < len(s):
            j = len(s)
            while s[i:j] != s[i:j][::-1]:
                j -= 1
            cuts += 1
            i = j
        return cuts
