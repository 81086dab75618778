# Splits on single spaces: repeated spaces leave empty words, which come back as extra spaces.
class Solution:
    def reverseWords(self, text: str) -> str:
        return " ".join(reversed(text.strip().split(" ")))
