# WRONG: computes prefix(r) - prefix(l) instead of prefix(r) - prefix(l - 1), dropping account l.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
tree = [0] * (n + 1)


def prefix(i: int) -> int:
    s = 0
    while i:
        s += tree[i]
        i &= i - 1
    return s


out = []
for k in range(2, 2 + 3 * q, 3):
    a, b = int(data[k + 1]), int(data[k + 2])
    if data[k] == b"+":
        while a <= n:
            tree[a] += b
            a += a & -a
    else:
        out.append(prefix(b) - prefix(a))
print("\n".join(map(str, out)))
