"""The golden matrix: for every language, one program per verdict, judged through the real sandbox.

The programs live in `golden/<language>/<VERDICT>.<ext>`; the problem is the bundled
`tests/data/golden_sum` (read n numbers, print the sum; 1 s, 64 MiB, 1 MiB of output), whose low
limits keep TLE, MLE and OLE fast: busy loops, allocate-and-touch loops, and 2 MiB of output.
OLE programs print twice the limit and end: output past the cap is discarded, so a program that
printed for ever would end by the time limit (TLE, as DOMjudge has it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from assay.core.events import Compiled, Compiling, Finished, JudgeEvent, TestFinished, TestStarted
from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import default_registry
from assay.problems.loader import load_problem
from assay.problems.model import Problem
from assay.sandbox import SandboxUnavailable

GOLDEN_DIR = Path(__file__).parent / "golden"
PROBLEM_DIR = Path(__file__).parents[1] / "data" / "golden_sum"
LANGUAGES = ("c", "cpp", "python3", "pypy3", "java", "javascript", "rust", "go")
VERDICTS = ("AC", "WA", "TLE", "MLE", "OLE", "RE", "CE")

# How each RE program dies: a signal for C and C++, the runtime's exit status elsewhere.
RE_MESSAGES = {
    "c": "killed by SIGSEGV",  # null pointer dereference
    "cpp": "killed by SIGABRT",  # uncaught exception: std::terminate
    "python3": "exit code 1",  # uncaught exception
    "pypy3": "exit code 1",  # uncaught exception
    "java": "exit code 1",  # uncaught exception
    "javascript": "exit code 1",  # uncaught exception
    "rust": "exit code 101",  # panic
    "go": "exit code 2",  # panic
}
# A fragment every compiler's diagnostic for the CE program contains.
CE_DIAGNOSTICS = {
    "c": r"undeclared",
    "cpp": r"expected",
    "python3": r"SyntaxError",
    "pypy3": r"SyntaxError",
    "java": r"incompatible types",
    "javascript": r"SyntaxError",
    "rust": r"mismatched types",
    "go": r"cannot use",
}

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(120)]


@pytest.fixture(scope="session")
def golden_env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    """One slot (pinned to one core), with a cache the sandbox user can reach."""
    try:
        return make_environment(1, cache_dir=sandbox_cache_dir)
    except SandboxUnavailable as error:
        pytest.fail(f"the sandbox is unavailable on this host: {error}")


@pytest.fixture(scope="session")
def golden_problem() -> Problem:
    return load_problem(PROBLEM_DIR)


def golden_source(language: str, verdict: str) -> Path:
    matches = sorted((GOLDEN_DIR / language).glob(f"{verdict}.*"))
    assert len(matches) == 1, f"want exactly one {verdict} program for {language}: {matches}"
    return matches[0]


def judge_all(
    problem: Problem, source: Source, env: JudgeEnvironment
) -> tuple[list[JudgeEvent], JudgeResult]:
    events = list(judge(problem, source, JudgeOptions(), env))
    assert events, "the judge yielded nothing"
    final = events[-1]
    assert isinstance(final, Finished), f"the last event is {final!r}"
    assert not any(isinstance(e, Finished) for e in events[:-1])
    return events, final.result


def check_event_order(events: list[JudgeEvent], result: JudgeResult) -> None:
    """compiling, compiled, then (test_started, test_finished) pairs, then finished."""
    assert isinstance(events[0], Compiling)
    assert isinstance(events[1], Compiled)
    pairs = events[2:-1]
    assert len(pairs) == 2 * len(result.tests)
    for index, (started, finished) in enumerate(zip(pairs[::2], pairs[1::2], strict=True), 1):
        assert isinstance(started, TestStarted) and started.index == index
        assert isinstance(finished, TestFinished) and finished.index == index
        assert finished.result == result.tests[index - 1]


def matrix() -> Iterator[object]:
    for language in LANGUAGES:
        for verdict in VERDICTS:
            yield pytest.param(language, verdict, id=f"{language}-{verdict}")


@pytest.mark.parametrize(("language", "verdict"), list(matrix()))
def test_golden(
    language: str, verdict: str, golden_env: JudgeEnvironment, golden_problem: Problem
) -> None:
    availability = golden_env.registry.availability(language)
    if not availability.available:
        pytest.skip(f"{language} is not available here: {availability.reason}")
    path = golden_source(language, verdict)
    events, result = judge_all(golden_problem, Source(path.read_text(), language), golden_env)

    assert result.verdict == Verdict(verdict), _describe(result)
    check_event_order(events, result)
    compiled = events[1]
    assert isinstance(compiled, Compiled)
    assert compiled.ok == (verdict != "CE")
    CHECKS[verdict](language, golden_problem, result)


def _describe(result: JudgeResult) -> str:
    tests = [(t.name, t.verdict.value, t.cpu_time_s, t.memory_kib, t.message) for t in result.tests]
    return f"{result.verdict.value}: {tests} {result.message} {result.compile_output[:500]}"


def _check_ac(language: str, problem: Problem, result: JudgeResult) -> None:
    assert [t.name for t in result.tests] == [t.name for t in problem.tests]
    assert all(t.verdict == Verdict.AC for t in result.tests)
    assert problem.limits.time_limit_s is not None
    assert 0 <= result.max_cpu_time_s < problem.limits.time_limit_s


def _first_failure(result: JudgeResult) -> None:
    # Judging stops at the first failing test, which is the sample here.
    assert [t.name for t in result.tests] == ["sample/1"]


def _check_wa(language: str, problem: Problem, result: JudgeResult) -> None:
    _first_failure(result)


def _check_tle(language: str, problem: Problem, result: JudgeResult) -> None:
    _first_failure(result)
    test = result.tests[0]
    limit_s = problem.limits.time_limit_s
    assert limit_s is not None
    # A busy loop is caught by CPU polling soon after the limit, unless other load on the host
    # starves it so much that the wall limit (more than limit + 1 s) comes first.
    if test.message == "CPU time limit":
        assert limit_s <= test.cpu_time_s < limit_s + 0.5
    else:
        assert test.message == "wall time limit"
        assert test.wall_time_s >= limit_s + 1
    assert test.wall_time_s < 2 * limit_s + 2


def _check_mle(language: str, problem: Problem, result: JudgeResult) -> None:
    _first_failure(result)
    # The program got near its limit before it died (the JVM's heap is -Xmx = the limit).
    assert result.tests[0].memory_kib >= problem.limits.memory_mib * 1024 // 2


def _check_ole(language: str, problem: Problem, result: JudgeResult) -> None:
    _first_failure(result)
    assert result.tests[0].message == f"stdout passed {problem.limits.output_mib * 1024} KiB"


def _check_re(language: str, problem: Problem, result: JudgeResult) -> None:
    _first_failure(result)
    assert result.tests[0].message == RE_MESSAGES[language]


def _check_ce(language: str, problem: Problem, result: JudgeResult) -> None:
    assert result.tests == ()
    assert re.search(CE_DIAGNOSTICS[language], result.compile_output), result.compile_output


CHECKS = {
    "AC": _check_ac,
    "WA": _check_wa,
    "TLE": _check_tle,
    "MLE": _check_mle,
    "OLE": _check_ole,
    "RE": _check_re,
    "CE": _check_ce,
}


def test_every_language_has_every_verdict() -> None:
    """The matrix is complete: a new language or verdict needs its golden programs."""
    assert {a.id for a in default_registry().all()} == set(LANGUAGES)
    for language in LANGUAGES:
        for verdict in VERDICTS:
            golden_source(language, verdict)
