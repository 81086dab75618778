"""The corpora's deliberately hostile submissions (INDEX.tsv rows flagged SANDBOX-STRESS-TEST),
each judged through the real sandbox, then a normal AC run (`then_still_accepted`).

Each must end in a verdict other than AC, and in the verdict this judge is expected to give:
the corpus's own expectation (DOMjudge's or Kattis's) or, where a principled difference in the
sandbox's design changes it, the verdict named in DEVIATIONS with the reason.
"""

from __future__ import annotations

import csv
import functools
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sandbox_support import CORPORA_DIR, describe, judge_source

from assay.core.types import JudgeResult, Verdict
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.types import JudgeOptions
from assay.languages import Registry
from assay.problems.loader import load_problem
from assay.problems.model import Problem
from assay.sandbox import SandboxPool

pytestmark = [
    pytest.mark.sandbox,
    pytest.mark.corpus,
    pytest.mark.timeout(120),
    pytest.mark.usefixtures("then_still_accepted"),
]

INDEX = CORPORA_DIR / "INDEX.tsv"
LANGUAGES = {"C": "c", "C++": "cpp", "Python 3": "python3", "Java": "java"}
# A lower time limit than the packages' (3-5 s) keeps the run short; what is judged is the same.
TIME_LIMIT_S = 0.5
# Compile bombs run until a compile limit: lowered the same way (with the real limits of 20 s
# CPU and 1 GiB they end the same, as CE, after 2 to 20 s each).
QUICK_COMPILE = {"cpu_time_s": 1.0, "wall_time_s": 2.0, "memory_kib": 384 * 1024}

VERDICT_NAMES = {
    "AC": {Verdict.AC},
    "WA": {Verdict.WA},
    "NO-OUTPUT(=WA)": {Verdict.WA},
    "TLE": {Verdict.TLE},
    # Kattis and DOMjudge have no memory verdict: running out of memory is a run-time error there.
    "RTE": {Verdict.RE, Verdict.MLE},
    "CE": {Verdict.CE},
    "OLE": {Verdict.OLE},
}

# (source, submission path) -> (the verdict here, why it differs from the corpus's expectation)
DEVIATIONS: dict[tuple[str, str], tuple[set[Verdict], str]] = {
    ("domjudge", "submissions/check_manually/test-fill-syslog.c"): (
        {Verdict.WA},
        "no /dev/log in the box: syslog() goes nowhere, the program then prints a wrong answer",
    ),
    ("domjudge", "submissions/check_manually/test-fork-parent-exit2.c"): (
        {Verdict.TLE},
        "children computing on one pinned core: total CPU (or wall) past the limit",
    ),
    ("domjudge", "submissions/multiple/test-memstatic.cc"): (
        {Verdict.CE},
        "512 MiB of initialised data does not fit the compiler's 256 MiB of output space (the "
        "file itself says a low file size limit gives COMPILER-ERROR)",
    ),
    ("bapctools", "submissions/mixed/test-memstatic.cc"): (
        {Verdict.CE},
        "as domjudge's test-memstatic.cc",
    ),
    ("domjudge", "submissions/wrong_answer/test-permissions.c"): (
        {Verdict.RE},
        "/etc/root-permission-test.txt (made on DOMjudge judgehosts) is not in the box: ENOENT, "
        "not EACCES, so the program exits 1",
    ),
}


@dataclass(frozen=True, slots=True)
class Row:
    source: str
    problem: str
    submission: str
    language: str
    expected: str

    @property
    def path(self) -> Path:
        return CORPORA_DIR / self.source / self.problem / self.submission

    @property
    def problem_dir(self) -> Path:
        return CORPORA_DIR / self.source / self.problem


def hostile_rows() -> list[Row]:
    if not INDEX.is_file():
        return []
    with INDEX.open(newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [
            Row(r["source"], r["problem"], r["submission"], r["language"], r["expected"])
            for r in rows
            if "SANDBOX-STRESS-TEST" in r["notes"]
        ]


# These compare / with /proc/1/root. In a resident box PID 1 is the agent, which is not dumpable:
# /proc/1/root is closed to the program, which dies (RUN_TIME_ERROR, as their authors expect).
# Where every run has a fresh box (cgroup v2 before kernel 6.12), PID 1 is bwrap's init, inside
# the same root: the program takes its "not in a chroot" branch and prints the right answer.
PID1_ROOT_PROBES = {
    ("domjudge", "submissions/run_time_error/test-chroot.py"),
    ("domjudge", "submissions/run_time_error/test-chroot-escape.py"),
}


def expected_verdicts(row: Row, resident_boxes: bool = True) -> tuple[set[Verdict], str]:
    """What this judge must give, and why when it is not the corpus's expectation."""
    if not resident_boxes and (row.source, row.submission) in PID1_ROOT_PROBES:
        return {Verdict.AC}, "a fresh box's /proc/1 is bwrap's init: same root, nothing to escape"
    deviation = DEVIATIONS.get((row.source, row.submission))
    if deviation is not None:
        return deviation
    names = row.expected.removeprefix("ANY_OF:").split("|")
    verdicts: set[Verdict] = set()
    for name in names:
        verdicts |= VERDICT_NAMES[name]
    return verdicts, ""


@pytest.fixture(scope="module")
def quick_compile_env(judge_env: JudgeEnvironment) -> JudgeEnvironment:
    languages = [
        replace(a.language, compile_limits=replace(a.language.compile_limits, **QUICK_COMPILE))
        for a in judge_env.registry.all()
    ]
    return JudgeEnvironment(
        pool=judge_env.pool, registry=Registry(languages), cache_dir=judge_env.cache_dir
    )


@functools.cache
def corpus_problem(directory: Path) -> Problem:
    return load_problem(directory)


def judge_row(row: Row, env: JudgeEnvironment, language: str) -> JudgeResult:
    text = row.path.read_text(errors="replace")
    options = JudgeOptions(time_limit_s=TIME_LIMIT_S)
    return judge_source(env, corpus_problem(row.problem_dir), text, language, options)


def test_the_corpus_has_hostile_submissions() -> None:
    if not INDEX.is_file():
        pytest.skip(f"shared corpora not found at {CORPORA_DIR}")
    assert len(hostile_rows()) >= 30


@pytest.mark.parametrize(
    "row", hostile_rows(), ids=lambda row: f"{row.source}/{Path(row.submission).name}"
)
def test_hostile_submission(
    row: Row, judge_env: JudgeEnvironment, quick_compile_env: JudgeEnvironment
) -> None:
    language = LANGUAGES.get(row.language)
    if language is None:
        pytest.skip(f"{row.language} is not a language Assay supports")
    pool = judge_env.pool
    resident = isinstance(pool, SandboxPool) and pool.slots[0].main.fresh_reason is None
    wanted, why = expected_verdicts(row, resident)
    # Only the compile bombs get the lower compile limits: other sources must compile normally.
    env = quick_compile_env if wanted == {Verdict.CE} else judge_env
    started = time.monotonic()
    result = judge_row(row, env, language)
    elapsed_s = time.monotonic() - started
    reason = why or f"the corpus expects {row.expected}"
    assert result.verdict in wanted, f"want {sorted(wanted)} ({reason}): {describe(result)}"
    if Verdict.AC not in wanted:
        assert result.verdict != Verdict.AC
    # Nothing hangs: at most the compile limit, then each test at most its wall limit.
    assert elapsed_s < 30, elapsed_s
