# Correct but O(n^2): prepends every word to a growing string (a fresh copy each time).
class Solution:
    def reverseWords(self, text: str) -> str:
        out = ""
        for word in text.split():
            out = word + (" " + out if out else "")
        return out
