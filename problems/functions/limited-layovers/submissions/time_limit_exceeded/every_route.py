# Correct but exponential: explores every route of at most k + 1 flights.
class Solution:
    def cheapestRoute(self, n: int, flights: List[List[int]], source: int, target: int, k: int) -> int:
        out = [[] for _ in range(n)]
        for u, v, price in flights:
            out[u].append((v, price))
        best = float("inf")

        def walk(city: int, spent: int, left: int) -> None:
            nonlocal best
            if city == target:
                best = min(best, spent)
                return
            if left == 0:
                return
            for v, price in out[city]:
                walk(v, spent + price, left - 1)

        walk(source, 0, k + 1)
        return -1 if best == float("inf") else best
