"""The judging pipeline: compile once, run the tests (in order, or spread over idle slots), check
each, aggregate; yield events in test order."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from assay.core.events import Compiled, Compiling, Finished, JudgeEvent, TestFinished, TestStarted
from assay.core.types import JudgeResult, Limits, RunStatus, TestResult, Usage, Verdict
from assay.judge.classfiles import find_entry_class
from assay.judge.compile import CompileOutcome, Program, compile_program
from assay.judge.compile_cache import DEFAULT_MAX_MIB, CompileCache
from assay.judge.function_judge import judge_function_problem
from assay.judge.graders import TestContext, grade
from assay.judge.lanes import Lanes
from assay.judge.precompiled import precompiled_dir, wanted_by
from assay.judge.reference import build_reference, expected_output
from assay.judge.scoring import aggregate_score
from assay.judge.types import JudgeFault, JudgeOptions, Source
from assay.judge.validators import build_validator
from assay.languages import Language, Registry, UnknownLanguage
from assay.languages.model import EntryPoint
from assay.problems.model import Problem, TestCase
from assay.sandbox import RunRequest, Sandbox, Slot

log = logging.getLogger(__name__)

DEFAULT_TIME_LIMIT_S = 2.0  # for packages that give none and were not derived
CALIBRATION_RUNS = 3
# Languages whose compile (or syntax check) step takes every source file of a submission.
CUSTOM_TEST = "custom"


@dataclass(slots=True)
class JudgeEnvironment:
    """What the judge needs from its host: sandbox slots, languages and a cache directory."""

    pool: Sandbox
    registry: Registry
    cache_dir: Path
    compile_cache_mib: int = DEFAULT_MAX_MIB  # 0: no compile cache
    spread_tests: bool = True  # a submission's tests also run on slots idle when it starts
    _baselines: dict[int, Usage] = field(default_factory=dict)

    @property
    def compile_cache(self) -> CompileCache | None:
        return CompileCache.under(self.cache_dir, self.compile_cache_mib)

    def baseline(self, slot: Slot) -> Usage:
        """The box's own start-up cost on this slot, subtracted from every measurement."""
        if slot.index not in self._baselines:
            # One program on several inputs, as a submission's tests run (in one resident box).
            request = RunRequest(argv=["/usr/bin/true"])
            runs = [
                slot.run(request, then=request if i + 1 < CALIBRATION_RUNS else None)
                for i in range(CALIBRATION_RUNS)
            ]
            ok = [r.usage for r in runs if r.status == RunStatus.OK]
            self._baselines[slot.index] = Usage(
                cpu_time_s=min((u.cpu_time_s for u in ok), default=0.0),
                memory_kib=min((u.memory_kib for u in ok), default=0),
            )
        return self._baselines[slot.index]


@dataclass(frozen=True, slots=True)
class _Run:
    """Everything fixed for one judging."""

    problem: Problem
    options: JudgeOptions
    env: JudgeEnvironment
    slot: Slot
    program: Program
    validator: Program | None
    limits: Limits
    baseline: Usage
    work_dir: Path


def judge(
    problem: Problem, source: Source, options: JudgeOptions, env: JudgeEnvironment
) -> Iterator[JudgeEvent]:
    """Judge `source` on `problem`. The last event is always `Finished`."""
    with env.pool.slot() as slot, tempfile.TemporaryDirectory(prefix="assay-judge-") as tmp:
        # The sandbox user must traverse into the build directory; it cannot list this one.
        os.chmod(tmp, 0o711)
        try:
            yield from _judge_on_slot(problem, source, options, env, slot, Path(tmp))
        except JudgeFault as fault:
            log.error("judge error on %s: %s", problem.short_name, fault)
            yield Finished(JudgeResult(verdict=Verdict.JE, message=str(fault)))


def _judge_on_slot(
    problem: Problem,
    source: Source,
    options: JudgeOptions,
    env: JudgeEnvironment,
    slot: Slot,
    work_dir: Path,
) -> Iterator[JudgeEvent]:
    language = _language(source, env.registry)
    if problem.function is not None:
        limits = _test_limits(problem, options, language)
        yield from judge_function_problem(
            problem, problem.function, source, options, env, slot, language, limits, work_dir
        )
        return
    yield Compiling()
    file_name = language.file_name_for(source.text, source.filename)
    extra_files = (*source.extra_files, *_included_files(problem, language))
    sources = {file_name: source.text.encode(), **dict(extra_files)}
    main_file = _main_file(language, file_name, sources)
    units = tuple(
        dict.fromkeys(
            name
            for name in sources
            if language.compiles_units_together
            and name.endswith(language.extensions)
            and name != main_file
        )
    )
    outcome = compile_program(
        language,
        sources,
        main_file,
        work_dir / "build",
        slot,
        env.pool.sandbox_ids,
        units,
        cache=env.compile_cache,
        include_dir=_precompiled(language, sources, slot, env),
    )
    outcome = _with_entry_class(outcome, language, source.text)
    yield Compiled(ok=outcome.ok, output=outcome.output)
    if not outcome.ok or outcome.program is None:
        yield Finished(JudgeResult(verdict=Verdict.CE, compile_output=outcome.output))
        return
    run = _prepare(problem, options, env, slot, outcome.program, language, work_dir)
    results = yield from _run_tests(run, _tests_for(run))
    yield Finished(_final_result(run, results, outcome.output))


def _main_file(language: Language, file_name: str, sources: dict[str, bytes]) -> str:
    """The submitted file, or the language's default entry point where the sources have one (an
    exported function problem's driver in include/<language>/, as on Kattis)."""
    entry = language.default_entry_file
    return entry if entry is not None and entry in sources else file_name


def _precompiled(
    language: Language, sources: dict[str, bytes], slot: Slot, env: JudgeEnvironment
) -> Path | None:
    """The language's precompiled directory, for sources that use it."""
    if not wanted_by(language.precompiled, sources):
        return None
    return precompiled_dir(language, slot, env.cache_dir, env.pool.sandbox_ids)


def _included_files(problem: Problem, language: Language) -> tuple[tuple[str, bytes], ...]:
    """2025-09 `include/<language>/` (else `include/default/`): copied beside every submission."""
    for name in (language.id, "default"):
        directory = problem.root / "include" / name
        if directory.is_dir():
            return tuple(
                (str(path.relative_to(directory)), path.read_bytes())
                for path in sorted(directory.rglob("*"))
                if path.is_file()
            )
    return ()


def _with_entry_class(outcome: CompileOutcome, language: Language, text: str) -> CompileOutcome:
    """A class entry point (Java): the compiled class with `main`, or a compile error."""
    if language.entry_point is not EntryPoint.CLASS or outcome.program is None:
        return outcome
    entry = find_entry_class(outcome.program, text)
    if entry is None:
        message = "error: no class declares `public static void main(String[] args)`"
        return CompileOutcome(False, f"{outcome.output}\n{message}".strip(), None)
    return CompileOutcome(True, outcome.output, replace(outcome.program, entry_class=entry))


def _language(source: Source, registry: Registry) -> Language:
    try:
        language = registry.get(source.language_id)
    except UnknownLanguage as error:
        raise JudgeFault(str(error)) from error
    availability = registry.availability(language.id)
    if not availability.available:
        raise JudgeFault(f"{language.name} is not available here: {availability.reason}")
    return language


def _prepare(
    problem: Problem,
    options: JudgeOptions,
    env: JudgeEnvironment,
    slot: Slot,
    program: Program,
    language: Language,
    work_dir: Path,
) -> _Run:
    validator = None
    if problem.output_validator is not None:
        validator = build_validator(
            problem.output_validator, env.registry, slot, env.cache_dir, env.pool.sandbox_ids
        )
    return _Run(
        problem=problem,
        options=options,
        env=env,
        slot=slot,
        program=program,
        validator=validator,
        limits=_test_limits(problem, options, language),
        baseline=env.baseline(slot),
        work_dir=work_dir,
    )


def _test_limits(problem: Problem, options: JudgeOptions, language: Language) -> Limits:
    time_limit_s = options.time_limit_s or problem.limits.time_limit_s or DEFAULT_TIME_LIMIT_S
    memory_kib = problem.limits.memory_mib * 1024
    limits = Limits(
        cpu_time_s=time_limit_s,
        # Room for a loaded machine, yet a sleeping program is caught soon after the limit.
        wall_time_s=1.5 * time_limit_s + 1,
        memory_kib=memory_kib + language.runtime_memory_kib,
        stdout_kib=problem.limits.output_mib * 1024,
        stack_kib=memory_kib,
    )
    return language.run_limits(limits)


def _tests_for(run: _Run) -> list[TestCase]:
    problem, options = run.problem, run.options
    if options.samples_only:
        tests = list(problem.samples)
    elif options.only_tests is not None:
        tests = [test for test in problem.tests if test.name in options.only_tests]
    else:
        tests = list(problem.tests)
    if options.custom_input is None:
        return tests
    # A Run with the user's own input judges that input alone (the front end shows it instead
    # of the samples).
    return [_custom_test(run, options.custom_input)]


def _custom_test(run: _Run, custom_input: bytes) -> TestCase:
    """The user's own input; its expected output comes from the package's reference solution
    when there is one (its answer path is the input itself when there is none)."""
    input_path = run.work_dir / "custom.in"
    input_path.write_bytes(custom_input)
    answer_path = input_path
    if not (run.problem.is_interactive or run.problem.is_multipass):
        expected = _reference_output(run, input_path)
        if expected is not None:
            answer_path = run.work_dir / "custom.ans"
            answer_path.write_bytes(expected)
    return TestCase(
        name=CUSTOM_TEST, input_path=input_path, answer_path=answer_path, is_sample=True
    )


def _reference_output(run: _Run, input_path: Path) -> bytes | None:
    env = run.env
    reference = build_reference(
        run.problem, env.registry, run.slot, env.cache_dir, env.pool.sandbox_ids
    )
    if reference is None:
        return None
    limits = _test_limits(run.problem, run.options, reference.language)
    return expected_output(reference, run.problem, input_path, limits, run.slot)


def _run_tests(run: _Run, tests: list[TestCase]) -> Generator[JudgeEvent, None, list[TestResult]]:
    """Yields test events; returns the results (the generator's value)."""
    results: list[TestResult] = []
    # A Run shows every sample and the custom input, whatever fails first.
    keep_going = (
        run.options.run_all_tests or run.problem.is_scoring or run.options.custom_input is not None
    )
    with _test_results(run, tests) as result_of:
        for index, test in enumerate(tests, start=1):
            yield TestStarted(
                index=index, total=len(tests), name=test.name, is_sample=test.is_sample
            )
            result = result_of(index - 1)
            results.append(result)
            yield TestFinished(index=index, total=len(tests), result=result)
            if result.verdict != Verdict.AC and not keep_going:
                break
            if run.options.stops_after(results):
                break
    return results


@contextlib.contextmanager
def _test_results(run: _Run, tests: list[TestCase]) -> Iterator[Callable[[int], TestResult]]:
    """Test i's result, by index: run when asked on the judging's slot, or, with slots idle
    when the tests begin, run ahead on every one of them (judge/lanes.py)."""
    pool = run.env.pool
    lent: list[Slot] = []
    while run.env.spread_tests and len(lent) + 1 < len(tests):
        slot = pool.lend_idle_slot()
        if slot is None:
            break
        lent.append(slot)
    if not lent:
        yield lambda i: _run_test(run, tests[i], tests[i + 1] if i + 1 < len(tests) else None)
        return
    on_slot: dict[int, _Run] = {run.slot.index: run}

    def run_test(slot: Slot, i: int, following: int | None) -> TestResult:
        if slot.index not in on_slot:
            on_slot[slot.index] = _on_lent_slot(run, slot)
        next_test = tests[following] if following is not None else None
        return _run_test(on_slot[slot.index], tests[i], next_test)

    lanes = Lanes(len(tests), run_test, pool.slot_wanted)
    try:
        lanes.start(run.slot, lent, pool.give_back)
        yield lanes.result
    finally:
        lanes.close()


def _on_lent_slot(run: _Run, slot: Slot) -> _Run:
    """The judging on a lent slot: its own calibration and its own files (team output, staged
    data), beside the judging's."""
    work_dir = run.work_dir / f"lane-{slot.index}"
    work_dir.mkdir(mode=0o711, exist_ok=True)
    return replace(run, slot=slot, baseline=run.env.baseline(slot), work_dir=work_dir)


def _run_test(run: _Run, test: TestCase, next_test: TestCase | None) -> TestResult:
    context = TestContext(
        slot=run.slot,
        problem=run.problem,
        program=run.program,
        validator=run.validator,
        test=test,
        limits=run.limits,
        baseline=run.baseline,
        reveal=test.is_sample or run.options.reveal_hidden,
        is_custom=test.name == CUSTOM_TEST,
        work_dir=run.work_dir,
        sandbox_ids=run.env.pool.sandbox_ids,
        next_test=next_test,
    )
    return grade(context)


def _final_result(run: _Run, results: list[TestResult], compile_output: str) -> JudgeResult:
    failed = next((r for r in results if r.verdict != Verdict.AC), None)
    verdict = failed.verdict if failed is not None else Verdict.AC
    score = aggregate_score(run.problem, results) if run.problem.is_scoring else None
    return JudgeResult(
        verdict=verdict,
        score=score,
        compile_output=compile_output,
        max_cpu_time_s=max((r.cpu_time_s for r in results), default=0.0),
        max_memory_kib=max((r.memory_kib for r in results), default=0),
        tests=tuple(results),
    )


__all__ = ["JudgeEnvironment", "judge"]
