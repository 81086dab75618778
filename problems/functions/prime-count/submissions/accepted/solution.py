class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 3:
            return 0
        prime = bytearray([1]) * n
        prime[0] = prime[1] = 0
        for p in range(2, int(n**0.5) + 1):
            if prime[p]:
                prime[p * p :: p] = bytes(len(range(p * p, n, p)))
        return sum(prime)
