# WRONG: shifts the i-th letter (1-based) by k + i instead of k + i - 1.
import sys

data = sys.stdin.read().split()
k = int(data[0])
s = data[1]
print("".join(chr((ord(c) - 97 - k - i) % 26 + 97) for i, c in enumerate(s, 1)))
