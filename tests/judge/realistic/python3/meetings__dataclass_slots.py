import sys
from dataclasses import dataclass
from operator import attrgetter


@dataclass(frozen=True, slots=True)
class Request:
    start: int
    end: int


def max_bookings(requests: list[Request]) -> int:
    taken, free_from = 0, -1
    for r in sorted(requests, key=attrgetter("end")):
        if r.start >= free_from:
            taken += 1
            free_from = r.end
    return taken


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1 : 2 * n + 1]))
    print(max_bookings([Request(nums[i], nums[i + 1]) for i in range(0, 2 * n, 2)]))


main()
