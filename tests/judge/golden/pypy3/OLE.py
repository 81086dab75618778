# Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
import sys

line = "0123456789" * 100 + "\n"
for _ in range(2048):
    sys.stdout.write(line)
