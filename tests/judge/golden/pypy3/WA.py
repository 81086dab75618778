import sys


def main() -> None:
    numbers = sys.stdin.buffer.read().split()
    n = int(numbers[0])
    # Forgets the last number.
    print(sum(int(x) for x in numbers[1:n]))


main()
