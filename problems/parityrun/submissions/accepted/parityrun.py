import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    best_len, best_start = 0, 1
    run_start, prev = 1, -1
    for i in range(1, n + 1):
        parity = int(data[i]) & 1  # & works for negative numbers: -3 & 1 == 1
        if parity != prev:
            run_start, prev = i, parity
        if i - run_start + 1 > best_len:
            best_len, best_start = i - run_start + 1, run_start
    print(best_len, best_start)


main()
