# WRONG: goes through double precision, which has only 53 bits of mantissa,
# so large values such as 10^18 - 1 are rounded.
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a = float(data[1 + 2 * i])
    b = float(data[2 + 2 * i])
    print(int(a + b))
