# Correct but exponential: tries every split without remembering results.
class Solution:
    def countDecodings(self, digits: str) -> int:
        def count(i: int) -> int:
            if i == len(digits):
                return 1
            if digits[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < len(digits) and int(digits[i : i + 2]) <= 26:
                total += count(i + 2)
            return total

        return count(0) % (10**9 + 7)
