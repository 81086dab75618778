# WRONG: starts the binary search at 1 and its greedy check silently puts a parcel heavier than
# the capacity on a truck of its own, so it can answer a capacity below the heaviest parcel.
import sys

data = sys.stdin.buffer.read().split()
n, d = int(data[0]), int(data[1])
w = [int(x) for x in data[2 : 2 + n]]


def trips(cap: int) -> int:
    count, load = 1, 0
    for x in w:
        if load + x > cap and load > 0:
            count += 1
            load = 0
        load += x
    return count


lo, hi = 1, sum(w)
while lo < hi:
    mid = (lo + hi) // 2
    if trips(mid) <= d:
        hi = mid
    else:
        lo = mid + 1
print(lo)
