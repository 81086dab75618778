import sys

numbers = sys.stdin.read().split()
n = int(numbers[0])
print(sum(int(x) for x in numbers[1 : n + 1]) + 1)  # off by one
