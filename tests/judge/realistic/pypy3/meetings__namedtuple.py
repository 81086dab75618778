import sys
from typing import NamedTuple


class Request(NamedTuple):
    end: int
    start: int


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    requests = sorted(Request(int(data[2 + 2 * i]), int(data[1 + 2 * i])) for i in range(n))
    taken, free_from = 0, -1
    for req in requests:
        if req.start >= free_from:
            taken += 1
            free_from = req.end
    print(taken)


main()
