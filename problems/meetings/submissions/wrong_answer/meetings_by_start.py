# WRONG: greedily takes the request that starts first, which can block many short ones.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
values = list(map(int, data[1 : 1 + 2 * n]))
requests = sorted(zip(values[0::2], values[1::2]))
count, free_from = 0, 0
for start, end in requests:
    if start >= free_from:
        count += 1
        free_from = end
print(count)
