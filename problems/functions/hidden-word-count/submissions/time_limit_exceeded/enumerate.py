# Correct but enumerates the occurrences one by one (their number is astronomical).
class Solution:
    def countOccurrences(self, text: str, word: str) -> int:
        def count(i: int, j: int) -> int:
            if j == len(word):
                return 1
            if len(text) - i < len(word) - j:
                return 0
            total = count(i + 1, j)
            if text[i] == word[j]:
                total += count(i + 1, j + 1)
            return total

        return count(0, 0) % (10**9 + 7)
