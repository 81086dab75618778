# Lets a lone 0 (and codes like 06) count as letters.
class Solution:
    def countDecodings(self, digits: str) -> int:
        mod = 10**9 + 7
        before, now = 0, 1
        for i, c in enumerate(digits):
            value = now
            if i and int(digits[i - 1 : i + 1]) <= 26:
                value += before
            before, now = now, value % mod
        return now
