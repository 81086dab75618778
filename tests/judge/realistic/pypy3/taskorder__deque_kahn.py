import sys
from collections import deque


def topological_order(n, edges):
    adj = [[] for _ in range(n + 1)]
    indegree = [0] * (n + 1)
    for a, b in edges:
        adj[a].append(b)
        indegree[b] += 1
    queue = deque(u for u in range(1, n + 1) if indegree[u] == 0)
    order = []
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in adj[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                queue.append(v)
    return order if len(order) == n else None


def main():
    data = list(map(int, sys.stdin.buffer.read().split()))
    n, m = data[0], data[1]
    edges = zip(data[2 : 2 + 2 * m : 2], data[3 : 3 + 2 * m : 2])
    order = topological_order(n, edges)
    print("IMPOSSIBLE" if order is None else " ".join(map(str, order)))


main()
