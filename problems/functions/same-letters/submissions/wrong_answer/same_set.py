# Compares the sets of letters, ignoring how often each occurs.
class Solution:
    def sameLetters(self, first: str, second: str) -> bool:
        return set(first) == set(second)
