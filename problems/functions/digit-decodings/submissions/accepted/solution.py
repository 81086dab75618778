class Solution:
    def countDecodings(self, digits: str) -> int:
        mod = 10**9 + 7
        before, now = 0, 1  # decodings of the prefixes of length i-1 and i
        for i, c in enumerate(digits):
            value = now if c != "0" else 0
            if i and (digits[i - 1] == "1" or (digits[i - 1] == "2" and c <= "6")):
                value += before
            before, now = now, value % mod
        return now
