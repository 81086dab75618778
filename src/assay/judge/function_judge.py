"""Judging a function problem: the driver built around the user's code, the tests run through the
result channel (assay.judge.result_channel), each value compared here with an answer that never
entered the box. The protocol is in docs/function-problems.md.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Generator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assay.core.events import Compiled, Compiling, Finished, JudgeEvent, TestFinished, TestStarted
from assay.core.types import JudgeResult, Limits, RunStatus, TestResult, Verdict
from assay.harness import UnsupportedSignature, build_driver, starter_code
from assay.judge.compile import Program
from assay.judge.function_diagnostics import explain_compile_errors
from assay.judge.function_reference import reference_values
from assay.judge.function_run import (
    Case,
    FunctionRun,
    channel_for,
    compile_driver,
    named_input,
)
from assay.judge.function_sanitizer import sanitizer_report
from assay.judge.graders.common import check_output
from assay.judge.json_compare import design_difference, difference, show
from assay.judge.result_channel import ChannelRun, Line, Stop
from assay.judge.types import JudgeFault, JudgeOptions, Source
from assay.judge.validators import build_validator
from assay.languages import Language
from assay.problems.function_spec import (
    CaseError,
    CompareMode,
    FunctionSpec,
    Isolation,
    Reveal,
    SpecKind,
    TypeRef,
    parse_case_answer,
    split_cases,
)
from assay.problems.model import Problem, TestCase
from assay.sandbox import RunResult, Slot

if TYPE_CHECKING:
    from assay.judge.pipeline import JudgeEnvironment

log = logging.getLogger(__name__)

MEMORY_ERRORS = frozenset({"MemoryError", "OutOfMemoryError", "bad_alloc", "std::bad_alloc"})
LEAKED_STATE_NOTE = "passes when run alone: your code keeps state between test cases"
CUSTOM_PREFIX = "custom"
CORRUPTED = "result channel corrupted"


def judge_function_problem(
    problem: Problem,
    spec: FunctionSpec,
    source: Source,
    options: JudgeOptions,
    env: JudgeEnvironment,
    slot: Slot,
    language: Language,
    limits: Limits,
    work_dir: Path,
) -> Iterator[JudgeEvent]:
    yield Compiling()
    try:
        build = build_driver(spec, language.id, source.text)
    except UnsupportedSignature as reason:
        message = f"{language.name} cannot take this problem: {reason}"
        yield Compiled(ok=False, output=message)
        yield Finished(JudgeResult(verdict=Verdict.CE, compile_output=message))
        return
    outcome = compile_driver(build, language, env, slot, work_dir / "build")
    if not outcome.ok:
        starter = starter_code(spec, language.id)
        output = explain_compile_errors(outcome.output, build, spec, source.text, starter)
        outcome = replace(outcome, output=output)
    yield Compiled(ok=outcome.ok, output=outcome.output)
    if not outcome.ok or outcome.program is None:
        yield Finished(JudgeResult(verdict=Verdict.CE, compile_output=outcome.output))
        return
    validator = _validator(problem, spec, env, slot)
    run = FunctionRun(
        problem, spec, options, env, slot, outcome.program, limits, work_dir, validator, build
    )
    try:
        cases = _cases(run)
    except CaseError as error:
        yield Finished(JudgeResult(verdict=Verdict.WA, message=f"invalid test case: {error}"))
        return
    results = yield from _judge_cases(run, cases)
    yield Finished(_final(results, outcome.output))


# --- which cases ------------------------------------------------------------------------------


def _cases(run: FunctionRun) -> list[Case]:
    options, problem = run.options, run.problem
    if options.custom_input is not None:
        return _custom_cases(run, options.custom_input.decode("utf-8", errors="replace"))
    if options.samples_only:
        tests = list(problem.samples)
    elif options.only_tests is not None:
        tests = [t for t in problem.tests if t.name in options.only_tests]
    else:
        tests = list(problem.tests)
    return [_package_case(run.spec, test) for test in tests]


def _package_case(spec: FunctionSpec, test: TestCase) -> Case:
    text = _normalised(test.input_path.read_text(encoding="utf-8"))
    try:
        answer = parse_case_answer(spec, test.answer_path.read_text(encoding="utf-8"))
    except CaseError as error:
        raise JudgeFault(f"{test.answer_path}: {error}") from None
    return Case(test, text, answer, True)


def _normalised(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def _custom_cases(run: FunctionRun, text: str) -> list[Case]:
    inputs = split_cases(run.spec, text)
    answers = reference_values(run, inputs)
    cases = []
    for number, (input_text, answer) in enumerate(zip(inputs, answers, strict=True), start=1):
        path = run.work_dir / f"custom{number}.in"
        path.write_text(input_text, encoding="utf-8")
        answer_path = path.with_suffix(".ans")
        answer_path.write_text(json.dumps(answer) + "\n", encoding="utf-8")
        name = CUSTOM_PREFIX if len(inputs) == 1 else f"{CUSTOM_PREFIX}{number}"
        test = TestCase(name=name, input_path=path, answer_path=answer_path, is_sample=True)
        cases.append(Case(test, input_text, answer, answer is not None))
    return cases


# --- running ----------------------------------------------------------------------------------


def _judge_cases(
    run: FunctionRun, cases: list[Case]
) -> Generator[JudgeEvent, None, list[TestResult]]:
    keep_going = run.options.run_all_tests or run.options.custom_input is not None
    process_per_test = run.spec.isolation is Isolation.PROCESS
    groups = [[case] for case in cases] if process_per_test else [cases]
    results: list[TestResult] = []
    for group in groups:
        offset = len(results)
        group_results = yield from _judge_group(run, group, offset, len(cases), keep_going)
        results.extend(group_results)
        if not keep_going and any(r.verdict != Verdict.AC for r in group_results):
            break
        if run.options.stops_after(results):
            break
    return results


def _judge_group(
    run: FunctionRun, cases: list[Case], offset: int, total: int, keep_going: bool
) -> Generator[JudgeEvent, None, list[TestResult]]:
    channel = channel_for(run, cases)
    results: list[TestResult] = []
    ended = False
    stdout_at = 0
    failed: tuple[Case, TestResult] | None = None
    yield _started(cases, offset, 0, total)
    lines = channel.lines()
    try:
        for line in lines:
            index = len(results)
            record = _parse_record(line.text, index, len(cases), ended)
            if isinstance(record, str):
                case = cases[min(index, len(cases) - 1)]
                failed = (case, _corrupted(run, case, record))
                break
            if "end" in record:
                ended = True
                continue
            stdout, stdout_at = _stdout_of(channel, record, stdout_at)
            graded = _grade(run, cases[index], record, line, stdout)
            if graded.verdict != Verdict.AC and not keep_going:
                failed = (cases[index], graded)
                break
            results.append(graded)
            yield TestFinished(index=offset + index + 1, total=total, result=graded)
            if index + 1 < len(cases):
                yield _started(cases, offset, index + 1, total)
    finally:
        lines.close()  # the box has ended when this returns: the slot is free again
    result: TestResult | None = None  # the test the run ended in, when it failed
    if failed is not None and failed[1].message.startswith(CORRUPTED):
        result = failed[1]  # a forged or broken channel says nothing about leaked state
    elif failed is not None:
        result = _with_leak_note(run, failed[0], failed[1], len(results))
    elif len(results) < len(cases) or not ended or channel.stopped is not None:
        result = _run_failure(run, channel, cases, results, ended, stdout_at)
        result = _with_sanitizer_report(run, cases[min(len(results), len(cases) - 1)], result)
    if result is not None:
        if len(results) == len(cases):
            results.pop()  # all values came, then the program failed: the last test carries it
        results.append(result)
        yield TestFinished(index=offset + len(results), total=total, result=result)
    return _with_peak_memory(results, channel)


def _with_peak_memory(results: list[TestResult], channel: ChannelRun) -> list[TestResult]:
    """Batch tests share one process: each test's memory is the peak so far when its record
    came (what the live events showed), raised to the run's peak (the cgroup's) at the end."""
    peak = channel.result.usage.memory_kib if channel.result is not None else 0
    return [replace(r, memory_kib=max(r.memory_kib, peak)) for r in results]


def _stdout_of(channel: ChannelRun, record: dict[str, Any], start: int) -> tuple[str, int]:
    """The stdout note of a record's test: the bytes up to its `o`, the stdout size it saw."""
    end = record.get("o")
    if not isinstance(end, int) or isinstance(end, bool) or end < start:
        return "", start
    return _stdout_note(*channel.stdout(start, end)), end


def _started(cases: list[Case], offset: int, index: int, total: int) -> TestStarted:
    test = cases[index].test
    return TestStarted(
        index=offset + index + 1, total=total, name=test.name, is_sample=test.is_sample
    )


def _parse_record(text: bytes, index: int, count: int, ended: bool) -> dict[str, Any] | str:
    """The record, or why the channel is corrupted."""
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return "a record is not JSON"
    if not isinstance(record, dict) or ended:
        return "unexpected data after the end" if ended else "a record is not an object"
    if "end" in record:
        if set(record) - {"o"} != {"end"} or record["end"] != count or index != count:
            return f"the end came after {index} of {count} results"
        return record
    keys = set(record)
    if record.get("t") != index or index >= count:
        return f"expected the result of test {index}, got {show(record.get('t'))}"
    if keys - {"o"} not in ({"t", "v"}, {"t", "e"}, {"t", "e", "call"}):
        return f"unknown record keys {sorted(keys)}"
    if "e" in record and not isinstance(record["e"], dict):
        return "an error record without details"
    return record


# --- grading ----------------------------------------------------------------------------------


def _grade(
    run: FunctionRun, case: Case, record: dict[str, Any], line: Line, stdout_note: str
) -> TestResult:
    verdict, message, actual = _judged(run, case, record)
    shown, revealed = _shown(run, case, verdict)
    if shown:
        message = (message + stdout_note).strip()
    return TestResult(
        name=case.test.name,
        verdict=verdict,
        cpu_time_s=round(line.cpu_s, 3),
        wall_time_s=round(line.elapsed_s, 3),
        memory_kib=line.memory_kib,
        message=message,
        is_sample=case.test.is_sample,
        input_text=named_input(run.spec, case.input_text) if shown else None,
        expected_output=show(case.answer) if shown and case.has_answer else None,
        actual_output=actual if shown else None,
        revealed=revealed,
    )


def _judged(
    run: FunctionRun, case: Case, record: dict[str, Any]
) -> tuple[Verdict, str, str | None]:
    """(verdict, message, the value shown) of one record."""
    if "e" in record:
        verdict, message = _error_verdict(record["e"], record.get("call"), run.spec, case)
        return verdict, message, None
    value = record["v"]
    if run.validator is not None and case.has_answer:
        return _validated(run, case, value)
    found = _difference(run.spec, case, value) if case.has_answer else None
    return (Verdict.AC if found is None else Verdict.WA), found or "", show(value)


def _validated(run: FunctionRun, case: Case, value: Any) -> tuple[Verdict, str, str | None]:
    """The package's output validator judges the value: it gets the test's input and answer
    files and reads the value, as one canonical JSON line, on stdin."""
    output = (json.dumps(value, separators=(",", ":")) + "\n").encode()
    check = check_output(
        run.slot,
        run.problem,
        run.validator,
        case.test,
        output,
        run.work_dir,
        run.env.pool.sandbox_ids,
    )
    return (Verdict.AC if check.accepted else Verdict.WA), check.message, show(value)


def _validator(
    problem: Problem, spec: FunctionSpec, env: JudgeEnvironment, slot: Slot
) -> Program | None:
    if spec.compare.mode is not CompareMode.VALIDATOR:
        return None
    if problem.output_validator is None:
        raise JudgeFault(f"{problem.short_name}: compare mode validator without output_validator/")
    return build_validator(
        problem.output_validator, env.registry, slot, env.cache_dir, env.pool.sandbox_ids
    )


def _shown(run: FunctionRun, case: Case, verdict: Verdict) -> tuple[bool, bool]:
    """(show the test's data, as a revealed hidden test): samples and custom cases always; a
    hidden test when it fails and the problem reveals first failures (LeetCode's practice)."""
    if case.test.is_sample or run.options.reveal_hidden:
        return True, False
    if verdict != Verdict.AC and run.spec.reveal is Reveal.FIRST_FAILURE:
        return True, True
    return False, False


def _difference(spec: FunctionSpec, case: Case, value: Any) -> str | None:
    if spec.kind is SpecKind.FUNCTION:
        return difference(case.answer, value, spec.output_type, spec.compare)
    operations = json.loads(case.input_text.split("\n")[0])
    if not isinstance(value, list):
        return f"expected a list of results, got {show(value)}"
    types: list[TypeRef] = []
    compares = []
    for index, operation in enumerate(operations):
        method = spec.method(operation) if index else None
        types.append(method.returns if method else TypeRef(spec.returns.kind))
        compares.append(method.compare if method else spec.compare)
    return design_difference(case.answer, value, types, compares, operations)


def _error_verdict(
    error: dict[str, Any], call: Any, spec: FunctionSpec, case: Case
) -> tuple[Verdict, str]:
    kind = str(error.get("kind", ""))
    message = str(error.get("msg", ""))[:2000]
    where = f" (call #{call})" if isinstance(call, int) else ""
    if kind != "exception":
        return Verdict.WA, f"{message}{where}"
    error_type = str(error.get("type", ""))
    if error_type in MEMORY_ERRORS:
        return Verdict.MLE, f"{error_type}{where}"
    frames = error.get("at") or []
    line = ""
    if (
        isinstance(frames, list)
        and frames
        and isinstance(frames[-1], list)
        and len(frames[-1]) >= 2
    ):
        line = f" at line {frames[-1][1]}"
    text = f"{error_type}: {message}" if message else error_type
    return Verdict.RE, f"{text}{line}{where}"


def _stdout_note(data: bytes, truncated: bool) -> str:
    if not data:
        return ""
    text = data.decode("utf-8", errors="replace")
    more = "\n[stdout truncated]" if truncated else ""
    return f"\nstdout:\n{text}{more}"


def _corrupted(run: FunctionRun, case: Case, why: str) -> TestResult:
    return TestResult(
        name=case.test.name,
        verdict=Verdict.WA,
        message=f"{CORRUPTED}: {why}",
        is_sample=case.test.is_sample,
    )


def _run_failure(
    run: FunctionRun,
    channel: ChannelRun,
    cases: list[Case],
    results: list[TestResult],
    ended: bool,
    stdout_at: int,
) -> TestResult | None:
    """The verdict of the test the run stopped in, from what the box reported."""
    result = channel.result
    if result is None:
        raise JudgeFault("the sandbox returned no result")
    if result.status == RunStatus.INTERNAL_ERROR:
        raise JudgeFault(f"sandbox failure: {result.message}")
    index = min(len(results), len(cases) - 1)
    case = cases[index]
    markers = run.program.language.memory_error_markers
    verdict, message = _stop_verdict(channel, result, index, ended, markers)
    if verdict is None:
        return None
    shown, revealed = _shown(run, case, verdict)
    if shown and verdict == Verdict.RE and result.stderr:
        message += "\n" + result.stderr.decode("utf-8", errors="replace")[-4000:]
    if shown:
        message += _stdout_note(*channel.stdout(stdout_at))
    return TestResult(
        name=case.test.name,
        verdict=verdict,
        message=message,
        is_sample=case.test.is_sample,
        memory_kib=result.usage.memory_kib,
        # TLE: the input the program was running when it was stopped.
        input_text=named_input(run.spec, case.input_text) if shown else None,
        expected_output=show(case.answer) if shown and case.has_answer else None,
        revealed=revealed,
    )


def _stop_verdict(
    channel: ChannelRun,
    result: RunResult,
    index: int,
    ended: bool,
    memory_markers: tuple[bytes, ...] = (),
) -> tuple[Verdict | None, str]:
    test = f"test {index + 1}"
    if channel.stopped is Stop.TIMEOUT:
        detail = f" ({channel.timeout_detail})" if channel.timeout_detail else ""
        return Verdict.TLE, f"time limit exceeded during {test}{detail}"
    if result.status == RunStatus.TIME_LIMIT:
        return Verdict.TLE, f"time limit exceeded during {test}"
    if channel.stopped is Stop.FLOOD:
        return Verdict.WA, "result channel corrupted: flooded"
    if channel.stopped is Stop.OUTPUT or result.status == RunStatus.OUTPUT_LIMIT:
        return Verdict.OLE, "too much output on stdout"
    if result.status == RunStatus.MEMORY_LIMIT or (
        result.status in (RunStatus.SIGNALED, RunStatus.NONZERO_EXIT)
        and any(marker in result.stderr for marker in memory_markers)
    ):
        return Verdict.MLE, f"memory limit exceeded during {test}"
    if result.status == RunStatus.SIGNALED:
        return Verdict.RE, f"killed by {result.signal_name or result.signal} during {test}"
    if result.status == RunStatus.NONZERO_EXIT:
        return Verdict.RE, f"exit code {result.exit_code} during {test}"
    if not ended:
        return Verdict.RE, f"your code exited during {test}"
    return None, ""


def _with_sanitizer_report(
    run: FunctionRun, case: Case, result: TestResult | None
) -> TestResult | None:
    """A C/C++ crash on a case the user sees: what AddressSanitizer or UBSan says about it."""
    if result is None or result.verdict != Verdict.RE or result.input_text is None:
        return result
    if run.build is None:
        return result
    report = sanitizer_report(run, run.build, case)
    return result if report is None else replace(result, message=f"{result.message}\n{report}")


def _with_leak_note(run: FunctionRun, case: Case, result: TestResult, index: int) -> TestResult:
    """A batch test that fails after others ran is run alone: passing then means leaked state."""
    if index == 0 or run.spec.isolation is Isolation.PROCESS:
        return result
    if result.verdict not in (Verdict.WA, Verdict.RE):
        return result
    alone = _run_alone(run, case)
    if alone is None or alone.verdict != Verdict.AC:
        return result
    return replace(result, message=f"{result.message}\n({LEAKED_STATE_NOTE})".strip())


def _run_alone(run: FunctionRun, case: Case) -> TestResult | None:
    channel = channel_for(run, [case])
    for line in channel.lines():
        record = _parse_record(line.text, 0, 1, False)
        if isinstance(record, str) or "end" in record:
            return None
        return _grade(run, case, record, line, "")
    return None


def _final(results: list[TestResult], compile_output: str) -> JudgeResult:
    failed = next((r for r in results if r.verdict != Verdict.AC), None)
    return JudgeResult(
        verdict=failed.verdict if failed is not None else Verdict.AC,
        compile_output=compile_output,
        max_cpu_time_s=max((r.cpu_time_s for r in results), default=0.0),
        max_memory_kib=max((r.memory_kib for r in results), default=0),
        tests=tuple(results),
    )


__all__ = ["judge_function_problem", "named_input"]
