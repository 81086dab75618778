#!/usr/bin/env python3
"""Output validator for "Task Order" (Kattis protocol).

    validator.py input_file answer_file feedback_dir [args...] < team_output

Any valid order is accepted. The answer file holds the judges' output, of which only one thing is
used: whether it says IMPOSSIBLE. Exit code 42 = accepted, 43 = wrong answer; the reason for a
rejection is written to feedback_dir/judgemessage.txt. A valid order on an input the judges call
impossible would prove the judges wrong: that is reported as a judge error (exit code 1).
"""

import re
import sys
from pathlib import Path

AC, WA = 42, 43
INT = re.compile(rb"[1-9][0-9]{0,6}")
MAX_OUTPUT = 16 * 1024 * 1024


def main() -> None:
    input_file, answer_file, feedback_dir = sys.argv[1:4]
    feedback = Path(feedback_dir)

    def verdict(code: int, message: str) -> None:
        (feedback / "judgemessage.txt").write_text(message + "\n")
        sys.exit(code)

    data = Path(input_file).read_bytes().split()
    n, m = int(data[0]), int(data[1])
    edges = list(map(int, data[2 : 2 + 2 * m]))
    judge_impossible = Path(answer_file).read_bytes().split()[:1] == [b"IMPOSSIBLE"]

    raw = sys.stdin.buffer.read(MAX_OUTPUT + 1)
    if len(raw) > MAX_OUTPUT:
        verdict(WA, "output is far too large")
    tokens = raw.split()
    if not tokens:
        verdict(WA, "empty output")

    if tokens[0].upper() == b"IMPOSSIBLE":
        if len(tokens) > 1:
            verdict(WA, "unexpected output after IMPOSSIBLE")
        if judge_impossible:
            verdict(AC, "correctly reported IMPOSSIBLE")
        verdict(WA, "reported IMPOSSIBLE, but a valid order exists")

    if len(tokens) != n:
        verdict(WA, f"expected {n} task numbers, got {len(tokens)} tokens")
    position = [0] * (n + 1)
    for k, tok in enumerate(tokens, 1):
        if not INT.fullmatch(tok) or int(tok) > n:
            verdict(WA, f"token {k} ({tok[:20].decode(errors='replace')!r}) is not a task number in 1..{n}")
        task = int(tok)
        if position[task]:
            verdict(WA, f"task {task} appears twice (positions {position[task]} and {k})")
        position[task] = k
    for a, b in zip(edges[0::2], edges[1::2]):
        if position[a] > position[b]:
            verdict(WA, f"requirement {a} -> {b} violated: {a} is at position {position[a]}, {b} at {position[b]}")
    if judge_impossible:
        (feedback / "judgemessage.txt").write_text("team found a valid order although the judges say IMPOSSIBLE\n")
        sys.exit(1)
    verdict(AC, "valid order")


main()
