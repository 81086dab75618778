import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    succ: list[list[int]] = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    edges = list(map(int, data[2 : 2 + 2 * m]))
    for a, b in zip(edges[0::2], edges[1::2]):
        succ[a].append(b)
        indeg[b] += 1
    # Kahn's algorithm: repeatedly take a task whose prerequisites are all done.
    order = [v for v in range(1, n + 1) if indeg[v] == 0]
    for u in order:  # `order` grows while we iterate over it: it doubles as the queue
        for v in succ[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                order.append(v)
    if len(order) < n:
        print("IMPOSSIBLE")
    else:
        print(" ".join(map(str, order)))


main()
