import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    vals = list(map(int, data[2 : 2 + 3 * m]))
    for u, v, w in zip(vals[0::3], vals[1::3], vals[2::3]):
        adj[u].append((v, w))
        adj[v].append((u, w))
    # Dijkstra with a binary heap; stale heap entries are skipped.
    inf = 1 << 62
    dist = [inf] * (n + 1)
    dist[1] = 0
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if d > dist[u]:
            continue
        if u == n:
            break
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heappush(heap, (nd, v))
    print(dist[n] if dist[n] < inf else -1)


main()
