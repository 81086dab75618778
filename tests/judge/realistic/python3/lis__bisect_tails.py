import sys
from bisect import bisect_left

input = sys.stdin.readline


def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


n = int(input())
print(lis_length(list(map(int, input().split()))))
