class Solution:
    def firstRepeated(self, s: str) -> str:
        counts = Counter(s)
        for ch in s:
            if counts[ch] > 1:
                return ch
        return ""
