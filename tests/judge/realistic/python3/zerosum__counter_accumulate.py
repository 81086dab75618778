import sys
from collections import Counter
from itertools import accumulate


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    counts = Counter(accumulate(map(int, data[1 : n + 1]), initial=0))
    print(sum(c * (c - 1) // 2 for c in counts.values()))


main()
