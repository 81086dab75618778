import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    # Fenwick (binary indexed) tree: tree[i] holds the sum of a block of accounts ending at i.
    tree = [0] * (n + 1)
    out: list[int] = []
    for k in range(2, 2 + 3 * q, 3):
        a, b = int(data[k + 1]), int(data[k + 2])
        if data[k] == b"+":
            i = a
            while i <= n:
                tree[i] += b
                i += i & -i
        else:
            total = 0
            i = b
            while i:
                total += tree[i]
                i &= i - 1
            i = a - 1
            while i:
                total -= tree[i]
                i &= i - 1
            out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
