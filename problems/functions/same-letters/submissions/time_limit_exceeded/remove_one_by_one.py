# Correct but O(n^2): removes each letter of second from a list of the letters of first.
class Solution:
    def sameLetters(self, first: str, second: str) -> bool:
        pool = list(first)
        for c in second:
            if c not in pool:
                return False
            pool.remove(c)
        return not pool
