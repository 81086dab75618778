class Solution:
    def countOccurrences(self, text: str, word: str) -> int:
        mod = 10**9 + 7
        ways = [1] + [0] * len(word)  # ways[j]: occurrences of word[:j] so far
        positions = defaultdict(list)
        for j in range(len(word), 0, -1):
            positions[word[j - 1]].append(j)  # descending j for each letter
        for c in text:
            for j in positions.get(c, ()):
                ways[j] = (ways[j] + ways[j - 1]) % mod
        return ways[-1]
