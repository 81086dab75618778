# Greedy: always cuts off the longest word that matches at the front, never reconsidering.
class Solution:
    def canSplit(self, s: str, words: List[str]) -> bool:
        vocab = set(words)
        i = 0
        while i < len(s):
            for L in range(20, 0, -1):
                if s[i:i + L] in vocab and i + L <= len(s):
                    i += L
                    break
            else:
                return False
        return True
