import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    w = [int(x) for x in data[2 : 2 + n]]

    def fits(cap: int) -> bool:
        """Greedy: fill each trip as far as possible; does it take at most d trips?"""
        trips, load = 1, 0
        for x in w:
            load += x
            if load > cap:
                trips += 1
                load = x
                if trips > d:
                    return False
        return True

    # Every trip but the last carries more than cap - max(w), so with cap >= ceil(S/d) + max(w)
    # at most d trips are needed; and no capacity below max(w) or ceil(S/d) can work.
    total, heaviest = sum(w), max(w)
    lo = max(heaviest, -(-total // d))
    hi = -(-total // d) + heaviest
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
