import sys
from bisect import bisect_left


def days_needed(weights: list[int], capacity: int) -> int:
    days, load = 1, 0
    for w in weights:
        if load + w > capacity:
            days += 1
            load = 0
        load += w
    return days


def main() -> None:
    n, d, *w = map(int, sys.stdin.buffer.read().split())
    lo, hi = max(w), sum(w)
    # The first capacity that fits in d days: bisect over a lazy range with a key (3.10+).
    offset = bisect_left(range(lo, hi + 1), True, key=lambda cap: days_needed(w, cap) <= d)
    print(lo + offset)


main()
