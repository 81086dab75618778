import sys


def count_zero_sums(values):
    prefix = [0] * (len(values) + 1)
    for i, v in enumerate(values):
        prefix[i + 1] = prefix[i] + v
    prefix.sort()
    total = run = 0
    for i in range(1, len(prefix)):
        if prefix[i] == prefix[i - 1]:
            run += 1
            total += run
        else:
            run = 0
    return total


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(count_zero_sums(list(map(int, data[1 : n + 1]))))


if __name__ == "__main__":
    main()
