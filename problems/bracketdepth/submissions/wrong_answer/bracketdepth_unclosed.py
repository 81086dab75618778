# WRONG: forgets to check that every bracket was closed at the end, so "((" gets depth 2.
import sys

PAIR = {")": "(", "]": "[", "}": "{"}
s = sys.stdin.readline().strip()
stack = []
best = 0
for c in s:
    if c in PAIR:
        if not stack or stack.pop() != PAIR[c]:
            print(-1)
            break
    else:
        stack.append(c)
        best = max(best, len(stack))
else:
    print(best)
