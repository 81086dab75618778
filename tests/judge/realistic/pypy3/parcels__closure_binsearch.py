import sys


def make_checker(weights, days_allowed):
    def fits(capacity):
        days, load = 1, 0
        for w in weights:
            if load + w > capacity:
                days += 1
                load = 0
            load += w
        return days <= days_allowed

    return fits


def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def main():
    n, d = map(int, sys.stdin.readline().split())
    w = list(map(int, sys.stdin.readline().split()))
    assert len(w) == n
    print(first_true(max(w), sum(w), make_checker(w, d)))


main()
