class Solution:
    def canSplit(self, s: str, words: List[str]) -> bool:
        vocab = set(words)
        lengths = sorted({len(w) for w in words})
        n = len(s)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(1, n + 1):
            for L in lengths:
                if L > i:
                    break
                if ok[i - L] and s[i - L:i] in vocab:
                    ok[i] = True
                    break
        return ok[n]
