# Correct but exponential: the recursion without memoisation.
class Solution:
    def longestCommonSubsequence(self, first: str, second: str) -> int:
        def go(i: int, j: int) -> int:
            if i == len(first) or j == len(second):
                return 0
            if first[i] == second[j]:
                return 1 + go(i + 1, j + 1)
            return max(go(i + 1, j), go(i, j + 1))

        return go(0, 0)
