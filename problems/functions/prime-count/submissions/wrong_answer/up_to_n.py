# Counts the primes up to and including n.
class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 2:
            return 0
        prime = bytearray([1]) * (n + 1)
        prime[0] = prime[1] = 0
        for p in range(2, int(n**0.5) + 1):
            if prime[p]:
                prime[p * p :: p] = bytes(len(range(p * p, n + 1, p)))
        return sum(prime)
