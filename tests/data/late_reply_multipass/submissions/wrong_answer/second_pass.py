mode, a, b = input().split()
a, b = int(a), int(b)
# Right on the first pass's small numbers, off by one on the second pass's.
print(a + b if a < 10 else a + b + 1, flush=True)
