import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    # Disjoint-set union with union by size and path halving.
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    out: list[str] = []
    pos = 2
    for _ in range(q):
        kind = data[pos]
        if kind == b"S":
            out.append(str(size[find(int(data[pos + 1]))]))
            pos += 2
            continue
        a, b = find(int(data[pos + 1])), find(int(data[pos + 2]))
        pos += 3
        if kind == b"Q":
            out.append("YES" if a == b else "NO")
        elif a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
    sys.stdout.write("\n".join(out) + "\n")


main()
