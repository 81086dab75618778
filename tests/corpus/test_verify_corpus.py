"""`assay verify` over the shared corpora: every submission in a supported language gets its
expected verdict, through the real sandbox. Rows that cannot pass for a reason outside the
judge are named here with that reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import VerifyRow, verify_problem
from assay.problems.loader import load_problem

pytestmark = [pytest.mark.sandbox, pytest.mark.corpus, pytest.mark.slow]

# (source/problem, submission) -> why it cannot give the expected verdict here.
OUTSIDE_THE_JUDGE = {
    ("domjudge/hello", "run_time_error/test-chroot.py"): (
        "assumes DOMjudge's chroot, where /proc/1 is the host's init; in Assay's box /proc/1 "
        "is the box's own init under the same root, so the program (which escapes nothing) "
        "prints the answer"
    ),
    ("domjudge/hello", "run_time_error/test-chroot-escape.py"): (
        "same assumption as test-chroot.py: it only calls chroot() when /proc/1 has another root"
    ),
    ("domjudge/hello", "wrong_answer/test-permissions.c"): (
        "expects /etc/root-permission-test.txt, a file DOMjudge's judgehost installs; the box has "
        "no such file, so fopen fails with ENOENT instead of EACCES and the program exits 1"
    ),
    ("domjudge/hello", "multiple/test-multithread.c"): (
        "expects glibc's default 2 MiB thread stack; glibc sizes thread stacks from RLIMIT_STACK, "
        "which Assay (like Kattis and DOMjudge's own recommendation) sets to the memory limit"
    ),
    ("problem-package-format/maximal", "accepted/accepted.py"): (
        "imports `include`, a module the package's include/ directory would provide (the judge "
        "copies include/<language>/ in); the corpus copy of the package has no include/"
    ),
}
# (source/problem, submission) -> (a verdict the host may give instead, why). The submission's
# verdict depends on this machine's speed, not on the judge: anything else is still a failure.
_COLD_PAGES = (
    "allocates the whole 2 GiB heap 1 MiB at a time until OutOfMemoryError (RE). Faulting in "
    "2 GiB of fresh pages costs 1.2-5.4 s of system CPU time on this virtualised host (the "
    "first run after the host took memory back is the slowest; measured with /usr/bin/time "
    "outside the sandbox), so the 3 s CPU limit may come first: TLE"
)
HOST_DEPENDENT = {
    ("bapctools/hello", "run_time_error/test-memsize.java"): ("TLE", _COLD_PAGES),
    ("domjudge/hello", "run_time_error/test-memsize.java"): ("TLE", _COLD_PAGES),
}
SKIP_REASONS = (
    "not supported",
    "not available",
    "Python 2",
    "no expected verdict",
    "CHECK-MANUALLY",
    "several @EXPECTED_RESULTS@",
    "no automatic expectation",
)


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(slots=None, cache_dir=sandbox_cache_dir)


def _key(problem_dir: Path) -> str:
    return f"{problem_dir.parent.name}/{problem_dir.name}"


def test_verify_gives_every_expected_verdict(corpus_problem: Path, env: JudgeEnvironment) -> None:
    problem = load_problem(corpus_problem)
    report = verify_problem(problem, env)
    key = _key(corpus_problem)
    unexpected: list[VerifyRow] = []
    for row in report.rows:
        pair = (key, row.submission)
        host_may_give = HOST_DEPENDENT.get(pair, ("", ""))[0]
        excused = pair in OUTSIDE_THE_JUDGE or row.verdict == host_may_give
        if row.outcome == "mismatch" and not excused:
            unexpected.append(row)
        if row.outcome == "skipped":
            assert any(reason in row.note for reason in SKIP_REASONS), row
    judged = [row for row in report.rows if row.outcome != "skipped"]
    assert judged, f"{key}: no submission was judged"
    assert not unexpected, "\n".join(
        f"{r.submission}: expected {r.expected}, got {r.verdict} ({r.note})" for r in unexpected
    )
