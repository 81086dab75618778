import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    k = int(data[0]) % 26
    cipher = data[1]
    # Letter i (0-based) was shifted by k + i; undo that modulo 26.
    plain = bytes((c - 97 - k - i) % 26 + 97 for i, c in enumerate(cipher))
    sys.stdout.write(plain.decode() + "\n")


main()
