# Updates the row with j going up: one letter of text can then serve two letters of word.
class Solution:
    def countOccurrences(self, text: str, word: str) -> int:
        mod = 10**9 + 7
        ways = [1] + [0] * len(word)
        for c in text:
            for j in range(1, len(word) + 1):
                if word[j - 1] == c:
                    ways[j] = (ways[j] + ways[j - 1]) % mod
        return ways[-1]
