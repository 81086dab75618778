import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1 : 1 + 2 * n]))
    # Earliest deadline first: sort by end time and take every request that starts no earlier
    # than the end of the last accepted one. Pack (end, start) into one int: sorting plain ints
    # is much faster than sorting tuples.
    keys = sorted(e << 31 | s for s, e in zip(values[0::2], values[1::2]))
    mask = (1 << 31) - 1
    count, free_from = 0, 0
    for key in keys:
        if key & mask >= free_from:
            count += 1
            free_from = key >> 31
    print(count)


main()
