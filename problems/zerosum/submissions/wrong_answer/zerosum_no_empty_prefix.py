# WRONG: forgets the empty prefix (P[0] = 0), so stretches starting at hour 1 are missed.
import sys
from collections import Counter

data = sys.stdin.buffer.read().split()
n = int(data[0])
prefix = 0
counts = Counter()
for x in data[1 : n + 1]:
    prefix += int(x)
    counts[prefix] += 1
print(sum(c * (c - 1) // 2 for c in counts.values()))
