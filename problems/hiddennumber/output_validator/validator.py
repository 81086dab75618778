#!/usr/bin/env python3
"""Interactive validator for "Hidden Number" (Kattis protocol).

    validator.py input_file answer_file feedback_dir < submission_stdout > submission_stdin

The input file has two lines: n, then either "fixed X" (the secret is X) or "adaptive SEED": an
adversary that keeps the secret undecided. Every reply keeps the larger part of the numbers still
consistent with all earlier replies (ties broken by a generator seeded with SEED), and it only
says "equal" when a single number is left.
Exit code 42 = accepted, 43 = wrong answer; details go to feedback_dir/judgemessage.txt.
"""

import random
import re
import sys
from pathlib import Path

AC, WA = 42, 43
MAX_QUERIES = 30
LINE = re.compile(r"([?!]) (0|-?[1-9][0-9]{0,18})\n?")


def main() -> None:
    input_file, _answer_file, feedback_dir = sys.argv[1:4]
    log: list[str] = []

    def finish(code: int, message: str) -> None:
        log.append(message)
        (Path(feedback_dir) / "judgemessage.txt").write_text("\n".join(log) + "\n")
        sys.exit(code)

    def send(reply: str) -> None:
        try:
            sys.stdout.write(reply + "\n")
            sys.stdout.flush()
        except BrokenPipeError:
            finish(WA, "the submission stopped reading its input")

    tokens = Path(input_file).read_text().split()
    n, mode = int(tokens[0]), tokens[1]
    secret = int(tokens[2]) if mode == "fixed" else None
    rng = random.Random(int(tokens[2]))
    lo, hi = 1, n  # adaptive mode: the numbers still consistent with every reply so far
    log.append(f"n = {n}, " + (f"secret = {secret}" if secret is not None else "adaptive"))

    send(str(n))
    queries = 0
    while True:
        line = sys.stdin.readline()
        if not line:
            finish(WA, "the submission ended without giving a final answer")
        match = LINE.fullmatch(line)
        if not match:
            finish(WA, f"malformed line: {line[:60]!r}")
        kind, y = match[1], int(match[2])
        if not 1 <= y <= n:
            finish(WA, f"{kind} {y}: the number must be between 1 and {n}")
        if kind == "!":
            if secret is not None:
                correct = y == secret
            else:
                correct = lo == hi == y
                secret = y if correct else (lo if y != lo else hi)
            if not correct:
                finish(WA, f"final answer {y} after {queries} questions, but the secret is {secret}")
            if sys.stdin.read().strip():
                finish(WA, "output after the final answer")
            finish(AC, f"found {y} with {queries} questions")
        queries += 1
        if queries > MAX_QUERIES:
            finish(WA, f"more than {MAX_QUERIES} questions")
        if secret is not None:
            reply = "less" if secret < y else "greater" if secret > y else "equal"
        elif y < lo:
            reply = "greater"
        elif y > hi:
            reply = "less"
        elif lo == hi:
            reply = "equal"
        elif hi - y > y - lo or (hi - y == y - lo and rng.random() < 0.5):
            reply, lo = "greater", y + 1
        else:
            reply, hi = "less", y - 1
        log.append(f"? {y} -> {reply}")
        send(reply)


main()
