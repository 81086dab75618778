"""Runs inside DMOJ's own virtualenv (never imports assay): grades one source on each of the
given problems with DMOJ's judge, as its `submit` command does, and prints the seconds each
grading took as JSON. `bench/_dmoj.py` installs DMOJ and calls this.

    python _dmoj_driver.py CONFIG LANGUAGE SOURCE PROBLEM [PROBLEM ...]
"""

import json
import sys
import time


def main() -> None:
    config, language, source_path, *problems = sys.argv[1:]
    sys.argv = [sys.argv[0], "-c", config, "--skip-self-test"]
    from dmoj import executors, judgeenv
    from dmoj.cli import LocalJudge
    from dmoj.judge import Submission

    judgeenv.load_env(cli=True)
    executors.load_executors()
    judge = LocalJudge()
    source = open(source_path).read()
    lines = []

    def report(line: object) -> None:
        lines.append(str(line))

    seconds, accepted = [], []
    for number, problem in enumerate(problems, start=1):
        lines.clear()
        started = time.perf_counter()
        submission = Submission(number, problem, language, source, 2, 262144, False, {})
        judge.begin_grading(submission, blocking=True, report=report)
        seconds.append(time.perf_counter() - started)
        accepted.append(sum(1 for line in lines if line.startswith("Test case") and " AC " in line))
    print(json.dumps({"seconds": seconds, "accepted": accepted, "report": lines[-5:]}))


if __name__ == "__main__":
    main()
