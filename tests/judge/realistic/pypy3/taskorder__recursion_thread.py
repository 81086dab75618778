import sys
import threading


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        adj[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    state = [0] * (n + 1)
    order = []

    class Cycle(Exception):
        pass

    def dfs(u: int) -> None:
        state[u] = 1
        for v in adj[u]:
            if state[v] == 1:
                raise Cycle
            if state[v] == 0:
                dfs(v)
        state[u] = 2
        order.append(u)

    try:
        for u in range(1, n + 1):
            if state[u] == 0:
                dfs(u)
    except Cycle:
        print("IMPOSSIBLE")
        return
    order.reverse()
    print(" ".join(map(str, order)))


sys.setrecursionlimit(1 << 20)
threading.stack_size(1 << 26)
thread = threading.Thread(target=main)
thread.start()
thread.join()
