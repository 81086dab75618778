import sys
from heapq import heappop, heappush

INF = float("inf")


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    pos = 2
    for _ in range(m):
        u, v, w = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [INF] * (n + 1)
    dist[1] = 0
    # (distance, node) packed into one integer: PyPy's heap of ints is much faster than of tuples.
    shift = 1 << 20
    heap = [1]
    while heap:
        key = heappop(heap)
        d, u = divmod(key, shift)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, nd * shift + v)
    print(-1 if dist[n] == INF else dist[n])


main()
