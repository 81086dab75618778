import sys


def main() -> None:
    numbers = sys.stdin.buffer.read().split()
    n = int(numbers[0])
    total = 0
    for token in numbers[1 : n + 1]:
        total += int(token)
    sys.stdout.write(f"{total}\n")


main()
