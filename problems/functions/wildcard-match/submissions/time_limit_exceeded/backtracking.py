# Correct but exponential: tries every length for every star.
class Solution:
    def isMatch(self, text: str, pattern: str) -> bool:
        def match(i: int, j: int) -> bool:
            if j == len(pattern):
                return i == len(text)
            if pattern[j] == "*":
                return any(match(k, j + 1) for k in range(i, len(text) + 1))
            return i < len(text) and pattern[j] in ("?", text[i]) and match(i + 1, j + 1)

        return match(0, 0)
