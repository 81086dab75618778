"""Judging bugs found on real contest packages, each with the program that showed it, judged
through the real sandbox on the bundled `sumtwo` (read n, then n pairs; print each sum)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.judge.verify import verify_problem
from assay.problems.loader import load_problem
from assay.problems.model import Problem

PROGRAMS = Path(__file__).parent / "regressions"
SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


@pytest.fixture(scope="module")
def sumtwo() -> Problem:
    return load_problem(SUMTWO)


def judged(problem: Problem, source: Source, env: JudgeEnvironment) -> JudgeResult:
    for event in judge(problem, source, JudgeOptions(), env):
        if isinstance(event, Finished):
            return event.result
    raise AssertionError("no final result")


def describe(result: JudgeResult) -> str:
    tests = [(t.name, t.verdict.value, t.message) for t in result.tests[-1:]]
    return f"{result.verdict.value} {tests} {result.message} {result.compile_output[:500]}"


JAVA = sorted((PROGRAMS / "java").glob("*.java"))


@pytest.mark.parametrize("path", JAVA, ids=[p.stem for p in JAVA])
def test_java_runs_with_every_class_the_compiler_wrote(
    path: Path, sumtwo: Problem, env: JudgeEnvironment
) -> None:
    """Nested, inner, anonymous, helper classes and records: `Nest$P.class` and the rest run
    with the program, and the class started is the one whose class file declares `main`."""
    result = judged(sumtwo, Source(path.read_text(), "java"), env)
    assert result.verdict == Verdict.AC, describe(result)


def test_java_without_main_is_a_compile_error(sumtwo: Problem, env: JudgeEnvironment) -> None:
    source = "public class Lib {\n    static class P {}\n    static int one() { return 1; }\n}\n"
    result = judged(sumtwo, Source(source, "java"), env)
    assert result.verdict == Verdict.CE
    assert "no class declares `public static void main" in result.compile_output


LATE_REPLY = Path(__file__).resolve().parents[1] / "data" / "late_reply"
LATE_REPLY_MULTIPASS = LATE_REPLY.with_name("late_reply_multipass")
HEADER_CHECKER = LATE_REPLY.with_name("header_checker")


def every_case(problem: Problem, path: Path, env: JudgeEnvironment) -> dict[str, str]:
    options = JudgeOptions(run_all_tests=True)
    source = Source(path.read_text(), "python3")
    for event in judge(problem, source, options, env):
        if isinstance(event, Finished):
            return {t.name: f"{t.verdict.value} {t.message}" for t in event.result.tests}
    raise AssertionError("no final result")


def test_validator_writing_after_the_submission_left_still_decides(env: JudgeEnvironment) -> None:
    """Validators start with SIGPIPE ignored (as on DOMjudge and problemtools): a goodbye
    written after the submission exited fails with EPIPE, and the exit code stands."""
    problem = load_problem(LATE_REPLY)
    accepted = every_case(problem, LATE_REPLY / "submissions/accepted/sum.py", env)
    assert accepted == {
        "sample/1": "AC correct sum in pass 0",  # late: goodbye after the submission left
        "secret/2": "AC correct sum in pass 0",  # eof: reads to EOF, writes nothing more
        "secret/3": "AC correct sum in pass 0",  # flood: 1 MiB from the submission, then goodbye
    }
    wrong = every_case(problem, LATE_REPLY / "submissions/wrong_answer/off_by_one.py", env)
    assert set(wrong.values()) == {"WA wrong sum in pass 0"}


def test_multi_pass_validator_writing_after_the_submission_left(env: JudgeEnvironment) -> None:
    """The same validator on an interactive multi-pass problem: every pass runs, each with
    the late goodbye, and the second pass's verdict is the case's."""
    problem = load_problem(LATE_REPLY_MULTIPASS)
    submissions = LATE_REPLY_MULTIPASS / "submissions"
    accepted = every_case(problem, submissions / "accepted/sum.py", env)
    assert set(accepted) == {"sample/1", "secret/2", "secret/3"}
    assert set(accepted.values()) == {"AC correct sum in pass 2"}
    first = every_case(problem, submissions / "wrong_answer/off_by_one.py", env)
    assert set(first.values()) == {"WA wrong sum in pass 1"}
    second = every_case(problem, submissions / "wrong_answer/second_pass.py", env)
    assert set(second.values()) == {"WA wrong sum in pass 2"}


REJECT_FIRST = LATE_REPLY.with_name("reject_first")


def test_a_validator_rejecting_before_the_submission_dies_of_eof_gives_wa(
    env: JudgeEnvironment,
) -> None:
    """The validator rejects a malformed query and exits; the submission's next read finds EOF
    and it fails. The validator ended first: WA on every case. CI once gave RE (boolfind,
    guess) when exit stamps decided the order; 13 cases give the race 13 chances."""
    problem = load_problem(REJECT_FIRST)
    path = REJECT_FIRST / "submissions/wrong_answer/malformed_then_eof.c"
    source = Source(path.read_text(), "c")
    for event in judge(problem, source, JudgeOptions(run_all_tests=True), env):
        if isinstance(event, Finished):
            cases = {t.name: f"{t.verdict.value} {t.message}" for t in event.result.tests}
    assert len(cases) == 13
    assert set(cases.values()) == {"WA malformed query"}, cases


def test_checker_with_its_own_header_is_built_and_decides(env: JudgeEnvironment) -> None:
    """output_validators/checker.cpp includes "verdict.h" beside it (as a testlib checker
    includes testlib.h): one program, compiled together; it accepts and rejects."""
    report = verify_problem(load_problem(HEADER_CHECKER), env)
    verdicts = {row.submission: (row.verdict, row.outcome) for row in report.rows}
    assert verdicts == {
        "accepted/sum.py": ("AC", "ok"),
        "wrong_answer/difference.py": ("WA", "ok"),
    }


NAMED = [
    pytest.param(PROGRAMS / "named" / "sumtwo_by_name.py", "python3", id="python3"),
    pytest.param(PROGRAMS / "named" / "sumtwo_by_name.py", "pypy3", id="pypy3"),
    pytest.param(PROGRAMS / "named" / "sumtwo-by-name.js", "javascript", id="javascript"),
]


@pytest.mark.parametrize(("path", "language"), NAMED)
def test_submission_keeps_its_file_name(
    path: Path, language: str, sumtwo: Problem, env: JudgeEnvironment
) -> None:
    """A program that reads its own name (`sys.argv[0]`) runs under the submitted name."""
    result = judged(sumtwo, Source(path.read_text(), language, filename=path.name), env)
    assert result.verdict == Verdict.AC, describe(result)


GO_SUMTWO = (Path(__file__).parent / "realistic" / "go" / "sumtwo__bufio_fscan.go").read_text()


@pytest.mark.parametrize("name", ["sum_windows.go", "sum_arm64.go", "sum_test.go", "_sum.go"])
def test_go_file_names_the_compiler_would_skip_still_build(
    name: str, sumtwo: Problem, env: JudgeEnvironment
) -> None:
    """`go build` silently skips other systems' files, tests and `_` files; a name must not
    turn an accepted program into "no Go files"."""
    result = judged(sumtwo, Source(GO_SUMTWO, "go", filename=name), env)
    assert result.verdict == Verdict.AC, describe(result)


def test_input_validator_with_its_own_header_checks_every_input(
    tmp_path: Path, env: JudgeEnvironment
) -> None:
    """input_validators/validate.cpp includes "bounds.h" beside it: built together, run on
    every input; a bad input is reported with the validator's words."""
    package = tmp_path / "header_checker"
    shutil.copytree(HEADER_CHECKER, package)
    (package / "data/secret/3.in").write_text("1 two\n")
    (package / "data/secret/3.ans").write_text("3\n")
    checks = verify_problem(load_problem(package), env).input_checks
    outcomes = {(c.validator, c.case): c.outcome for c in checks}
    name = "input_validators/validate.cpp"
    assert outcomes == {
        (name, "sample/1"): "valid",
        (name, "secret/1"): "valid",
        (name, "secret/2"): "valid",
        (name, "secret/3"): "invalid",
    }
    assert "not an integer" in next(c.note for c in checks if c.outcome == "invalid")


HANGING_VALIDATOR = LATE_REPLY.with_name("hanging_validator")
SPINS = "import sys\nsys.stdin.readline()\nwhile True:\n    pass\n"
LEAVES = "import sys\nsys.stdin.readline()\n"
CRASHES = "import sys\nsys.stdin.readline()\nassert False, 'gave up'\n"
ANSWERS = "print(sum(map(int, input().split())))\n"


def test_validator_failing_after_a_time_limit_leaves_the_submissions_tle(
    env: JudgeEnvironment,
) -> None:
    """A validator that hangs once the submission has gone: after a submission stopped by its
    time limit the verdict is the submission's TLE (as on DOMjudge), after one that crashed its
    RE; after a submission that just left, the validator's failure is the judge's (JE), never
    the user's."""
    problem = load_problem(HANGING_VALIDATOR)
    spins = judged(problem, Source(SPINS, "python3"), env)
    assert spins.verdict == Verdict.TLE, describe(spins)
    crashes = judged(problem, Source(CRASHES, "python3"), env)
    assert crashes.verdict == Verdict.RE, describe(crashes)
    leaves = judged(problem, Source(LEAVES, "python3"), env)
    assert leaves.verdict == Verdict.JE, describe(leaves)
    answers = judged(problem, Source(ANSWERS, "python3"), env)
    assert answers.verdict == Verdict.AC, describe(answers)
