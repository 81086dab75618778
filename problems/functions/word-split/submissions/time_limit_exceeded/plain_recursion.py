# Correct but exponential: tries every first word recursively and forgets failed suffixes.
class Solution:
    def canSplit(self, s: str, words: List[str]) -> bool:
        def go(i: int) -> bool:
            if i == len(s):
                return True
            for w in words:
                if s.startswith(w, i) and go(i + len(w)):
                    return True
            return False

        return go(0)
