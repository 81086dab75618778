class Solution:
    def longestCommonSubsequence(self, first: str, second: str) -> int:
        m = len(second)
        prev = [0] * (m + 1)
        for ch in first:
            cur = [0] * (m + 1)
            for j in range(m):
                if ch == second[j]:
                    cur[j + 1] = prev[j] + 1
                else:
                    up, left = prev[j + 1], cur[j]
                    cur[j + 1] = up if up > left else left
            prev = cur
        return prev[m]
