# WRONG: bisect_right computes the longest non-decreasing subsequence, so repeated values count.
import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n = int(data[0])
tails = []
for x in map(int, data[1 : n + 1]):
    k = bisect_right(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
