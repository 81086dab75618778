# Bug: returns the first character to be seen a second time, not the repeated character that
# occurs earliest.
class Solution:
    def firstRepeated(self, s: str) -> str:
        seen = set()
        for ch in s:
            if ch in seen:
                return ch
            seen.add(ch)
        return ""
