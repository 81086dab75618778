import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # A stretch l..r is balanced iff the prefix sums P[l-1] and P[r] are equal, so count
    # pairs of equal prefix sums (including the empty prefix P[0] = 0).
    seen = {0: 1}
    prefix = 0
    total = 0
    for x in data[1 : n + 1]:
        prefix += int(x)
        c = seen.get(prefix, 0)
        total += c
        seen[prefix] = c + 1
    print(total)


main()
