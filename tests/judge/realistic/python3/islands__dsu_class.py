import sys


class DisjointSets:
    __slots__ = ("parent", "size")

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]


def main() -> None:
    lines = sys.stdin.buffer.read().splitlines()
    n, q = map(int, lines[0].split())
    dsu = DisjointSets(n + 1)
    out = []
    for line in lines[1 : q + 1]:
        parts = line.split()
        kind, u = parts[0], int(parts[1])
        if kind == b"S":
            out.append(str(dsu.size[dsu.find(u)]))
        elif kind == b"Q":
            out.append("YES" if dsu.find(u) == dsu.find(int(parts[2])) else "NO")
        else:
            dsu.union(u, int(parts[2]))
    sys.stdout.write("\n".join(out) + "\n")


main()
