import heapq
import sys
from collections import defaultdict
from math import inf


def dijkstra(graph, source, n):
    dist = [inf] * (n + 1)
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = defaultdict(list)
    it = iter(map(int, data[2 : 2 + 3 * m]))
    for u, v, w in zip(it, it, it):
        graph[u].append((v, w))
        graph[v].append((u, w))
    best = dijkstra(graph, 1, n)[n]
    print(-1 if best == inf else best)


main()
