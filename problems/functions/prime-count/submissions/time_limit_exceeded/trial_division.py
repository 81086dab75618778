# Correct but about n * sqrt(n): trial division for every number.
class Solution:
    def countPrimes(self, n: int) -> int:
        count = 0
        for m in range(2, n):
            d = 2
            while d * d <= m and m % d:
                d += 1
            if d * d > m:
                count += 1
        return count
