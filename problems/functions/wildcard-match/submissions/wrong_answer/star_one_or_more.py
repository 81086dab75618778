# Lets a star match one or more characters, never the empty sequence.
class Solution:
    def isMatch(self, text: str, pattern: str) -> bool:
        row = [True] + [False] * len(pattern)
        for ch in text:
            new = [False] * (len(pattern) + 1)
            for j, p in enumerate(pattern, 1):
                if p == "*":
                    new[j] = row[j] or row[j - 1]
                else:
                    new[j] = row[j - 1] and (p == "?" or p == ch)
            row = new
        return row[-1]
