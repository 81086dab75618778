# WRONG: asks 1, 2, 3, ... in turn, which needs far more than 30 questions for large secrets.
import sys

n = int(sys.stdin.readline())
for y in range(1, n + 1):
    if y == n:
        break
    print(f"? {y}", flush=True)
    if sys.stdin.readline().strip() == "equal":
        break
print(f"! {y}", flush=True)
