# WRONG: reverse post-order of a depth-first search is a valid order for acyclic inputs, but this
# never checks for cycles, so it prints an (invalid) order instead of IMPOSSIBLE.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
succ = [[] for _ in range(n + 1)]
for i in range(m):
    succ[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
seen = [False] * (n + 1)
post = []
for root in range(1, n + 1):
    if seen[root]:
        continue
    seen[root] = True
    stack = [(root, 0)]
    while stack:
        u, k = stack.pop()
        if k < len(succ[u]):
            stack.append((u, k + 1))
            v = succ[u][k]
            if not seen[v]:
                seen[v] = True
                stack.append((v, 0))
        else:
            post.append(u)
print(" ".join(map(str, reversed(post))))
