"""The judging pipeline on the fake sandbox: what the judge asks of the sandbox, and what it makes
of each answer (status → verdict, compile errors, judge errors, Run options, multi-pass and
interactive precedence). No root needed; the real sandbox is proven in test_regressions/golden."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from assay.core.events import Compiled, Finished, JudgeEvent, TestFinished, TestStarted
from assay.core.types import JudgeResult, RunStatus, Verdict
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import Registry, default_registry
from assay.languages.entries import python3
from assay.problems.loader import load_problem
from assay.problems.model import Problem
from assay.sandbox import RunRequest, RunResult
from assay.sandbox.fake import (
    FakeSandboxPool,
    Responder,
    always,
    bound_at,
    by_argv,
    ok_result,
    run_result,
    stdin_of,
)

PROBLEMS_DIR = Path(__file__).resolve().parents[2] / "problems"
PROGRAM = "/prog/main.py"  # a word of every run of the Python submission
CALIBRATION = "/usr/bin/true"
PYTHON = Source(text="print(sum(map(int, input().split())))\n", language_id="python3")


def unexpected(request: RunRequest) -> RunResult:
    raise AssertionError(f"the judge asked for an unexpected run: {list(request.argv)}")


def sandbox(
    program: Responder,
    helper: Responder = unexpected,
    compiled: RunResult | None = None,
) -> FakeSandboxPool:
    """Calibration and compiles succeed (unless `compiled` says otherwise); `program` answers
    the submission's runs, `helper` the helper box (validators, reference solutions)."""
    main = by_argv(
        {
            CALIBRATION: ok_result(),
            "py_compile": compiled or ok_result(),
            "/usr/bin/g++": ok_result(),  # the package's C++ reference solution
            PROGRAM: program,
        },
        default=unexpected,
    )
    return FakeSandboxPool(main, helper)


def expected(request: RunRequest) -> RunResult:
    """A right submission: prints the test's own answer file."""
    assert isinstance(request.stdin, Path)
    return ok_result(request.stdin.with_suffix(".ans").read_bytes())


def failing_on(test_name: str, failure: RunResult) -> Responder:
    """Right everywhere except on the test whose input file is `<test_name>.in`."""

    def respond(request: RunRequest) -> RunResult:
        assert isinstance(request.stdin, Path)
        return failure if request.stdin.stem == test_name else expected(request)

    return respond


def run_judge(
    problem: Problem,
    pool: FakeSandboxPool,
    cache_dir: Path,
    options: JudgeOptions | None = None,
    source: Source = PYTHON,
    registry: Registry | None = None,
) -> list[JudgeEvent]:
    env = JudgeEnvironment(pool=pool, registry=registry or default_registry(), cache_dir=cache_dir)
    return list(judge(problem, source, options or JudgeOptions(), env))


def final(events: list[JudgeEvent]) -> JudgeResult:
    last = events[-1]
    assert isinstance(last, Finished), events
    return last.result


def program_runs(pool: FakeSandboxPool) -> list[RunRequest]:
    return [r for r in pool.slots[0].main.requests if PROGRAM in r.argv]


# Verdicts from what the sandbox reports.


def test_right_output_everywhere_is_accepted(sumtwo: Problem, cache_dir: Path) -> None:
    pool = sandbox(expected)
    events = run_judge(sumtwo, pool, cache_dir)
    result = final(events)
    assert result.verdict == Verdict.AC
    assert [t.name for t in result.tests] == [t.name for t in sumtwo.tests]
    assert all(t.verdict == Verdict.AC for t in result.tests)
    assert isinstance(events[1], Compiled) and events[1].ok
    assert sum(isinstance(e, TestStarted) for e in events) == len(sumtwo.tests)
    # One run per test, in order, each fed that test's input under the problem's limits.
    runs = program_runs(pool)
    assert [r.stdin for r in runs] == [t.input_path for t in sumtwo.tests]
    assert all(r.limits.cpu_time_s == sumtwo.limits.time_limit_s for r in runs)
    assert all("/prog" in [inside for _, inside in r.readonly_binds] for r in runs)


def test_hidden_tests_are_not_revealed_and_samples_are(sumtwo: Problem, cache_dir: Path) -> None:
    result = final(run_judge(sumtwo, sandbox(expected), cache_dir))
    sample, hidden = result.tests[0], result.tests[-1]
    assert sample.is_sample and sample.input_text == "3\n1 2\n-5 3\n0 0\n"
    assert sample.expected_output == sample.actual_output == "3\n-2\n0\n"
    assert not hidden.is_sample
    assert (hidden.input_text, hidden.expected_output, hidden.actual_output) == (None, None, None)


def test_each_test_offers_the_next_tests_run_to_be_started_ahead(
    sumtwo: Problem, cache_dir: Path
) -> None:
    """The box may start the next test's box while this test runs: what the judge offers is
    exactly the next run it asks for, and the last test offers nothing."""
    pool = sandbox(expected)
    run_judge(sumtwo, pool, cache_dir)
    runs = program_runs(pool)
    offered = [r for r in pool.slots[0].main.held if PROGRAM in r.argv]
    assert offered == runs[1:]
    assert len(offered) == len(sumtwo.tests) - 1


@pytest.mark.parametrize(
    ("failure", "verdict"),
    [
        (ok_result(b"42\n"), Verdict.WA),
        (run_result(RunStatus.TIME_LIMIT, message="CPU time limit"), Verdict.TLE),
        (run_result(RunStatus.MEMORY_LIMIT, message="out of memory"), Verdict.MLE),
        (run_result(RunStatus.NONZERO_EXIT, exit_code=1, message="exit code 1"), Verdict.RE),
        (run_result(RunStatus.SIGNALED, message="SIGSEGV"), Verdict.RE),
        (run_result(RunStatus.OUTPUT_LIMIT, message="stdout over 8 MiB"), Verdict.OLE),
        # The language's own out-of-memory message makes a crash MLE.
        (run_result(RunStatus.NONZERO_EXIT, exit_code=1, stderr=b"\nMemoryError"), Verdict.MLE),
    ],
    ids=["wrong-output", "time", "memory", "exit", "signal", "output", "memoryerror"],
)
def test_a_failing_test_decides_the_verdict_and_stops_the_judging(
    sumtwo: Problem, cache_dir: Path, failure: RunResult, verdict: Verdict
) -> None:
    pool = sandbox(failing_on("01_zero", failure))
    result = final(run_judge(sumtwo, pool, cache_dir))
    assert result.verdict == verdict
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.AC, verdict]
    assert result.tests[-1].name == "secret/01_zero"
    assert len(program_runs(pool)) == 3  # nothing ran after the failing test


def test_run_all_tests_goes_on_after_a_failure(sumtwo: Problem, cache_dir: Path) -> None:
    pool = sandbox(failing_on("01_zero", run_result(RunStatus.TIME_LIMIT)))
    result = final(run_judge(sumtwo, pool, cache_dir, JudgeOptions(run_all_tests=True)))
    assert result.verdict == Verdict.TLE
    verdicts = [t.verdict for t in result.tests]
    assert len(verdicts) == len(sumtwo.tests) == len(program_runs(pool))
    assert verdicts.count(Verdict.TLE) == 1 and verdicts.count(Verdict.AC) == len(verdicts) - 1


def test_sandbox_failure_is_a_judge_error_never_a_wrong_answer(
    sumtwo: Problem, cache_dir: Path
) -> None:
    broken = run_result(RunStatus.INTERNAL_ERROR, message="cgroup vanished")
    events = run_judge(sumtwo, sandbox(failing_on("2", broken)), cache_dir)
    result = final(events)
    assert result.verdict == Verdict.JE
    assert "cgroup vanished" in result.message
    finished = [e.result.verdict for e in events if isinstance(e, TestFinished)]
    assert finished == [Verdict.AC]  # sample 1 passed; sample 2 has no verdict at all
    assert Verdict.WA not in finished and result.tests == ()


# Compiling.


def test_compile_failure_is_a_compile_error_and_runs_nothing(
    sumtwo: Problem, cache_dir: Path
) -> None:
    syntax_error = run_result(
        RunStatus.NONZERO_EXIT, exit_code=1, stderr=b"SyntaxError: invalid syntax"
    )
    pool = sandbox(unexpected, compiled=syntax_error)
    events = run_judge(sumtwo, pool, cache_dir)
    result = final(events)
    assert result.verdict == Verdict.CE
    assert "SyntaxError" in result.compile_output
    assert [e for e in events if isinstance(e, Compiled)] == [
        Compiled(ok=False, output="SyntaxError: invalid syntax")
    ]
    assert [r.argv[1:3] for r in pool.requests] == [["-m", "py_compile"]]


def test_compiler_time_limit_is_a_compile_error_that_says_so(
    sumtwo: Problem, cache_dir: Path
) -> None:
    pool = sandbox(unexpected, compiled=run_result(RunStatus.TIME_LIMIT))
    result = final(run_judge(sumtwo, pool, cache_dir))
    assert result.verdict == Verdict.CE
    assert "[compilation took too long]" in result.compile_output


def test_sandbox_failure_while_compiling_is_a_judge_error(sumtwo: Problem, cache_dir: Path) -> None:
    pool = sandbox(unexpected, compiled=run_result(RunStatus.INTERNAL_ERROR, message="no bwrap"))
    result = final(run_judge(sumtwo, pool, cache_dir))
    assert result.verdict == Verdict.JE
    assert "no bwrap" in result.message


# Faults of ours: a verdict (JE), not a crash.


def test_unknown_language_is_a_judge_error(sumtwo: Problem, cache_dir: Path) -> None:
    pool = sandbox(unexpected)
    source = Source(text="DISPLAY 'HI'.", language_id="cobol")
    result = final(run_judge(sumtwo, pool, cache_dir, source=source))
    assert result.verdict == Verdict.JE
    assert "unknown language 'cobol'" in result.message
    assert pool.requests == []


def test_language_without_its_toolchain_is_a_judge_error(sumtwo: Problem, cache_dir: Path) -> None:
    missing = replace(python3.LANGUAGE, toolchain=("/nonexistent/python3",))
    pool = sandbox(unexpected)
    result = final(run_judge(sumtwo, pool, cache_dir, registry=Registry([missing])))
    assert result.verdict == Verdict.JE
    assert "Python 3 is not available here" in result.message
    assert "/nonexistent/python3" in result.message
    assert pool.requests == []


# Run options.


def test_samples_only_runs_the_samples_alone(sumtwo: Problem, cache_dir: Path) -> None:
    pool = sandbox(expected)
    result = final(run_judge(sumtwo, pool, cache_dir, JudgeOptions(samples_only=True)))
    assert result.verdict == Verdict.AC
    assert [t.name for t in result.tests] == ["sample/1", "sample/2"]
    assert [r.stdin for r in program_runs(pool)] == [t.input_path for t in sumtwo.samples]


def reference_sum(request: RunRequest) -> RunResult:
    """The package's reference solution on the helper box: the sum of each pair."""
    assert request.argv == ["/prog/main"], request.argv
    numbers = [int(word) for word in stdin_of(request).split()]
    return ok_result(
        b"".join(b"%d\n" % (a + b) for a, b in zip(numbers[1::2], numbers[2::2], strict=True))
    )


@pytest.mark.parametrize(("printed", "verdict"), [(b"5\n", Verdict.AC), (b"6\n", Verdict.WA)])
def test_custom_input_is_checked_against_the_reference_solution(
    sumtwo: Problem, cache_dir: Path, printed: bytes, verdict: Verdict
) -> None:
    seen: list[bytes] = []

    def program(request: RunRequest) -> RunResult:
        seen.append(stdin_of(request))
        return ok_result(printed)

    pool = sandbox(program, helper=reference_sum)
    options = JudgeOptions(custom_input=b"1\n2 3\n")
    result = final(run_judge(sumtwo, pool, cache_dir, options))
    assert result.verdict == verdict
    assert [(t.name, t.expected_output) for t in result.tests] == [("custom", "5\n")]
    assert result.tests[0].actual_output == printed.decode()
    assert seen == [b"1\n2 3\n"]
    assert len(pool.slots[0].helper.requests) == 1  # the reference ran once, on the helper


def test_custom_input_without_a_reference_answer_stands_as_run(
    sumtwo: Problem, cache_dir: Path
) -> None:
    """The reference fails on the user's input (outside the constraints): nothing to compare."""
    crash = always(run_result(RunStatus.NONZERO_EXIT, exit_code=1))
    pool = sandbox(always(ok_result(b"anything\n")), helper=crash)
    result = final(run_judge(sumtwo, pool, cache_dir, JudgeOptions(custom_input=b"oops\n")))
    assert result.verdict == Verdict.AC
    assert result.tests[0].expected_output is None
    assert result.tests[0].actual_output == "anything\n"


# Multi-pass: the validator's nextpass.in is the next run's input.


@pytest.fixture
def multipass(tmp_path: Path) -> Problem:
    root = tmp_path / "passes"
    for directory in ("data/sample", "data/secret", "output_validator"):
        (root / directory).mkdir(parents=True)
    (root / "problem.yaml").write_text(
        "problem_format_version: 2025-09\ntype: multi-pass\nname: Passes\n"
        "limits:\n  validation_passes: 3\n"
    )
    for name in ("sample/1", "secret/1"):
        (root / "data" / f"{name}.in").write_text("start\n")
        (root / "data" / f"{name}.ans").write_text("\n")
    (root / "output_validator" / "validator.py").write_text("# answered by the fake\n")
    return load_problem(root)


def echo(request: RunRequest) -> RunResult:
    return ok_result(b"saw " + stdin_of(request))


def validator(passes_wanted: int, last: int = 42) -> Responder:
    """Asks for another pass until pass `passes_wanted`, then exits `last` (42 AC, 43 WA)."""

    def respond(request: RunRequest) -> RunResult:
        feedback, staged_input = bound_at(request, "/feedback"), bound_at(request, "/data/input")
        assert feedback is not None and staged_input is not None
        assert stdin_of(request) == b"saw " + staged_input.read_bytes()  # the team's output
        done = len(list(feedback.glob("pass-*")))
        (feedback / f"pass-{done + 1}").touch()
        if done + 1 < passes_wanted:
            (feedback / "nextpass.in").write_text(f"pass {done + 2}\n")
            return run_result(RunStatus.NONZERO_EXIT, exit_code=42)
        (feedback / "teammessage.txt").write_text(f"decided on pass {done + 1}")
        return run_result(RunStatus.NONZERO_EXIT, exit_code=last)

    return respond


def test_multi_pass_feeds_each_next_pass_to_the_submission(
    multipass: Problem, cache_dir: Path
) -> None:
    inputs: list[bytes] = []

    def program(request: RunRequest) -> RunResult:
        inputs.append(stdin_of(request))
        return echo(request)

    pool = sandbox(program, helper=validator(passes_wanted=3))
    result = final(run_judge(multipass, pool, cache_dir, JudgeOptions(samples_only=True)))
    assert result.verdict == Verdict.AC, result
    assert result.tests[0].message == "decided on pass 3"
    assert inputs == [b"start\n", b"pass 2\n", b"pass 3\n"]
    assert len(pool.slots[0].helper.requests) == 3


def test_multi_pass_rejection_on_a_later_pass_is_wrong_answer(
    multipass: Problem, cache_dir: Path
) -> None:
    pool = sandbox(echo, helper=validator(passes_wanted=2, last=43))
    result = final(run_judge(multipass, pool, cache_dir))
    assert result.verdict == Verdict.WA
    assert result.tests[0].message == "decided on pass 2"
    assert len(program_runs(pool)) == 2  # stopped at the first (sample) test


def test_multi_pass_asking_past_the_limit_is_a_judge_error(
    multipass: Problem, cache_dir: Path
) -> None:
    pool = sandbox(echo, helper=validator(passes_wanted=99))
    result = final(run_judge(multipass, pool, cache_dir))
    assert result.verdict == Verdict.JE
    assert "more than 3 passes" in result.message


def test_multi_pass_time_limit_on_a_later_pass_is_tle(multipass: Problem, cache_dir: Path) -> None:
    def slow_second_pass(request: RunRequest) -> RunResult:
        if stdin_of(request) == b"pass 2\n":
            return run_result(RunStatus.TIME_LIMIT)
        return echo(request)

    pool = sandbox(slow_second_pass, helper=validator(passes_wanted=3))
    result = final(run_judge(multipass, pool, cache_dir))
    assert result.verdict == Verdict.TLE
    assert len(pool.slots[0].helper.requests) == 1  # no validator after the failed pass


# Interactive: who ended first decides between the submission's status and the validator's.
# The judge asks whether the validator is still running when the program's run has returned
# (before the validator can see EOF); these fakes return in a chosen order.


def returning_first(returned: threading.Semaphore, result: RunResult) -> Responder:
    def respond(_request: RunRequest) -> RunResult:
        returned.release()
        return result

    return respond


def returning_second(returned: threading.Semaphore, result: RunResult) -> Responder:
    def respond(_request: RunRequest) -> RunResult:
        assert returned.acquire(timeout=10)
        time.sleep(0.3)  # the first side's thread records its end meanwhile
        return result

    return respond


def validator_exit(code: int) -> RunResult:
    return run_result(RunStatus.NONZERO_EXIT, exit_code=code)


CRASHED = run_result(RunStatus.NONZERO_EXIT, exit_code=1)


@pytest.mark.parametrize(
    ("program", "checker", "first", "verdict"),
    [
        (ok_result(), validator_exit(42), "program", Verdict.AC),
        (ok_result(), validator_exit(43), "program", Verdict.WA),
        # The validator rejected first: the submission was stopped waiting, not too slow.
        (run_result(RunStatus.TIME_LIMIT), validator_exit(43), "validator", Verdict.WA),
        (run_result(RunStatus.TIME_LIMIT), validator_exit(43), "program", Verdict.TLE),
        # Seen in CI: a malformed query rejected, and the submission then died of EOF.
        (CRASHED, validator_exit(43), "validator", Verdict.WA),
        (CRASHED, validator_exit(43), "program", Verdict.RE),
        # A validator that accepted first leaves the submission's own failure.
        (CRASHED, validator_exit(42), "validator", Verdict.RE),
    ],
    ids=[
        "accepted",
        "rejected",
        "validator-first",
        "submission-first",
        "rejected-then-crashed",
        "crashed-then-rejected",
        "accepted-then-crashed",
    ],
)
def test_interactive_precedence(
    cache_dir: Path, program: RunResult, checker: RunResult, first: str, verdict: Verdict
) -> None:
    returned = threading.Semaphore(0)  # one release per test: the first side has returned
    program_responder, checker_responder = (
        (returning_first(returned, program), returning_second(returned, checker))
        if first == "program"
        else (returning_second(returned, program), returning_first(returned, checker))
    )
    problem = load_problem(PROBLEMS_DIR / "hiddennumber")
    pool = sandbox(program_responder, helper=checker_responder)
    result = final(run_judge(problem, pool, cache_dir, JudgeOptions(samples_only=True)))
    assert result.verdict == verdict
    runs, checks = program_runs(pool), pool.slots[0].helper.requests
    assert len(runs) == len(checks) == len(result.tests)
    # Both ends talk through the FIFOs, not a file on stdin.
    assert all(r.argv[0] == "/bin/sh" and r.stdin == b"" for r in runs)
    assert all(bound_at(r, "/feedback") is not None for r in checks)
