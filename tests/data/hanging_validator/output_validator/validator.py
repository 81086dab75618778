#!/usr/bin/env python3
import sys
import time
from pathlib import Path

numbers = Path(sys.argv[1]).read_text()
print(numbers, end="", flush=True)
answer = sys.stdin.readline()
if not answer:
    (Path(sys.argv[3]) / "judgemessage.txt").write_text("no answer")
    time.sleep(3600)  # hangs instead of exiting 43
sys.exit(42 if answer.split() == Path(sys.argv[2]).read_text().split() else 43)
