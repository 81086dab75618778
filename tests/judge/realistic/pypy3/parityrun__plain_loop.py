import sys


def solve(a):
    best_len = best_start = 0
    length = start = 0
    prev = -1
    for i, x in enumerate(a, 1):
        p = x & 1
        if p == prev:
            length += 1
        else:
            length, start, prev = 1, i, p
        if length > best_len:
            best_len, best_start = length, start
    return best_len, best_start


data = sys.stdin.buffer.read().split()
n = int(data[0])
print("%d %d" % solve([int(x) for x in data[1 : n + 1]]))
