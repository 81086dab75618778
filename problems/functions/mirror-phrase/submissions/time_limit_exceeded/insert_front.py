# Correct but O(n^2): builds the reversed letters by inserting each one at the front of a list.
class Solution:
    def isMirrorPhrase(self, s: str) -> bool:
        kept = [ch.lower() for ch in s if ch.isalnum()]
        reverse = []
        for ch in kept:
            reverse.insert(0, ch)
        return kept == reverse
