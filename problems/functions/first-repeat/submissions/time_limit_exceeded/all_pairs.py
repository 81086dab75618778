# Correct but O(n * distinct): compares each character with every later one.
class Solution:
    def firstRepeated(self, s: str) -> str:
        n = len(s)
        for i in range(n):
            for j in range(i + 1, n):
                if s[i] == s[j]:
                    return s[i]
        return ""
