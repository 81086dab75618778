import sys
from itertools import groupby


def longest_streak(values):
    best_len, best_start, position = 0, 0, 1
    for _, group in groupby(values, key=lambda x: x % 2):
        length = sum(1 for _ in group)
        if length > best_len:
            best_len, best_start = length, position
        position += length
    return best_len, best_start


n = int(sys.stdin.readline())
a = list(map(int, sys.stdin.readline().split()))
print(*longest_streak(a[:n]))
