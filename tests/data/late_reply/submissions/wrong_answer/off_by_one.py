mode, a, b = input().split()
print(int(a) + int(b) + 1, flush=True)
