class Solution:
    def sameLetters(self, first: str, second: str) -> bool:
        return len(first) == len(second) and Counter(first) == Counter(second)
