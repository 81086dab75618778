# Correct but O(n^2): deletes adjacent pairs one at a time until none is left.
class Solution:
    def isBalanced(self, s: str) -> bool:
        chars = list(s)
        i = 0
        while i + 1 < len(chars):
            if chars[i] + chars[i + 1] in ("()", "[]", "{}"):
                del chars[i : i + 2]
                i = max(i - 1, 0)
            else:
                i += 1
        return not chars
