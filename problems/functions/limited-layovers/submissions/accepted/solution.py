class Solution:
    def cheapestRoute(self, n: int, flights: List[List[int]], source: int, target: int, k: int) -> int:
        inf = float("inf")
        cost = [inf] * n
        cost[source] = 0
        for _ in range(k + 1):
            previous = cost[:]  # one more flight per round, not a chain of them
            changed = False
            for u, v, price in flights:
                if previous[u] + price < cost[v]:
                    cost[v] = previous[u] + price
                    changed = True
            if not changed:
                break
        return -1 if cost[target] == inf else cost[target]
