# WRONG: only closes a streak when the parity changes, so a longest streak that
# reaches the end of the sequence is never counted.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1 : n + 1]]
best_len, best_start = 1, 1
run_start = 1
for i in range(2, n + 1):
    if a[i - 1] % 2 != a[i - 2] % 2:
        if i - run_start > best_len:
            best_len, best_start = i - run_start, run_start
        run_start = i
print(best_len, best_start)
