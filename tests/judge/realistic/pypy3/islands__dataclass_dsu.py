import sys
from dataclasses import dataclass, field
from typing import List


@dataclass
class UnionFind:
    n: int
    parent: List[int] = field(init=False)
    size: List[int] = field(init=False)

    def __post_init__(self):
        self.parent = list(range(self.n))
        self.size = [1] * self.n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            if self.size[a] < self.size[b]:
                a, b = b, a
            self.parent[b] = a
            self.size[a] += self.size[b]


def main():
    input = sys.stdin.readline
    n, q = map(int, input().split())
    uf = UnionFind(n + 1)
    out = []
    for _ in range(q):
        op, *args = input().split()
        if op == "B":
            uf.union(int(args[0]), int(args[1]))
        elif op == "Q":
            out.append("YES" if uf.find(int(args[0])) == uf.find(int(args[1])) else "NO")
        else:
            out.append(str(uf.size[uf.find(int(args[0]))]))
    print("\n".join(out))


main()
