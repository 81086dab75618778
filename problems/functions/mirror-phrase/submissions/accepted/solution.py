class Solution:
    def isMirrorPhrase(self, s: str) -> bool:
        kept = [ch for ch in s.lower() if ch.isalnum()]
        return kept == kept[::-1]
