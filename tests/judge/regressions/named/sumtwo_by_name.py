# Finds its helpers by its own file name, as some contest templates do: it must run under the
# name it was submitted with (Kattis keeps it), not a renamed main.py.
import os
import sys

ME = os.path.basename(sys.argv[0])


def main() -> None:
    if ME != "sumtwo_by_name.py":
        raise SystemExit(f"renamed to {ME}")
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    print("\n".join(str(int(data[1 + 2 * i]) + int(data[2 + 2 * i])) for i in range(t)))


main()
