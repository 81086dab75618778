"""The problem setter's commands: judge, verify, languages, selftest."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from assay.core.events import Compiled, Finished, JudgeEvent, TestFinished, event_to_dict
from assay.core.types import JudgeResult, TestResult, Verdict
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import Language, UnknownLanguage, default_registry
from assay.problems.model import Problem, ProblemError
from assay.sandbox import SandboxPool, SandboxUnavailable

if TYPE_CHECKING:
    from assay.judge.verify import MismatchCause, VerifyReport, VerifyRow

EXIT_USAGE = 2
VERDICT_STYLES = {Verdict.AC: "green", Verdict.CE: "yellow", Verdict.JE: "magenta"}

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)


def fail(message: str) -> NoReturn:
    """One clear line on stderr and exit status 2: bad input, never a traceback."""
    errors.print(f"[red]error:[/red] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(EXIT_USAGE)


def load_problem_or_fail(path: Path) -> Problem:
    from assay.problems.loader import load_problem

    if not path.is_dir():
        fail(f"{path}: not a problem directory")
    try:
        problem: Problem = load_problem(path)
    except ProblemError as error:
        fail(str(error))
    return problem


def environment_or_fail(slots: int | None = 1) -> JudgeEnvironment:
    from assay.config import Settings
    from assay.judge.environment import make_environment

    settings = Settings()
    try:
        return make_environment(
            slots,
            fallback_cache_dir=settings.cache_dir,
            compile_cache_mib=settings.compile_cache_mib,
            spread_tests=settings.spread_tests,
        )
    except SandboxUnavailable as error:
        fail(f"cannot sandbox on this host: {error}")


def language_for(source_path: Path, lang: str | None) -> Language:
    registry = default_registry()
    try:
        return registry.get(lang) if lang else registry.for_file(source_path.name)
    except UnknownLanguage as error:
        fail(f"{error} (use --lang; `assay languages` lists them)")


def read_source(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        fail(f"cannot read {path}: {error.strerror}")


def _style(verdict: Verdict) -> str:
    return VERDICT_STYLES.get(verdict, "red")


def _print_test(result: TestResult, index: int, total: int) -> None:
    style = _style(result.verdict)
    note = f"  {result.message}" if result.message and result.verdict != Verdict.AC else ""
    console.print(
        f"  test {index:>3}/{total:<3} {result.name:<32} "
        f"[{style}]{result.verdict.value:<3}[/{style}]"
        f" {result.cpu_time_s:7.3f} s {result.memory_kib / 1024:8.1f} MiB{note}"
    )


def _print_summary(result: JudgeResult) -> None:
    style = _style(result.verdict)
    score = f"  score {result.score:g}" if result.score is not None else ""
    console.print(
        f"[bold {style}]{result.verdict.value}[/bold {style}]"
        f"  max time {result.max_cpu_time_s:.3f} s"
        f"  max memory {result.max_memory_kib / 1024:.1f} MiB{score}"
    )
    if result.message:
        console.print(f"[magenta]{result.message}[/magenta]")


def show_live(events: Iterator[JudgeEvent]) -> JudgeResult:
    """Print each event as it happens; return the final result."""
    for event in events:
        if isinstance(event, Compiled):
            state = "ok" if event.ok else "[yellow]failed[/yellow]"
            console.print(f"compile: {state}")
            if not event.ok and event.output:
                console.print(event.output, markup=False)
        elif isinstance(event, TestFinished):
            _print_test(event.result, event.index, event.total)
        elif isinstance(event, Finished):
            _print_summary(event.result)
            return event.result
    raise RuntimeError("the judge ended without a final result")


def final_result(events: Iterator[JudgeEvent]) -> JudgeResult:
    for event in events:
        if isinstance(event, Finished):
            return event.result
    raise RuntimeError("the judge ended without a final result")


def result_json(result: JudgeResult) -> dict[str, Any]:
    data = event_to_dict(Finished(result))["result"]
    assert isinstance(data, dict)
    keep = ("name", "verdict", "cpu_time_s", "wall_time_s", "memory_kib", "message")
    data["tests"] = [{k: t[k] for k in keep} for t in data["tests"]]
    return data


def judge_command(
    problem_dir: Annotated[Path, typer.Argument(help="The problem package directory.")],
    source: Annotated[Path, typer.Argument(help="The source file to judge.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language id (default: by extension).")
    ] = None,
    all_tests: Annotated[
        bool, typer.Option("--all-tests", help="Run every test, not only up to the first failure.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    slots: Annotated[
        int | None,
        typer.Option(min=1, help="Judging slots the tests spread over (default: cores)."),
    ] = None,
) -> None:
    """Judge one source file on a problem package; exit 0 only for AC."""
    problem = load_problem_or_fail(problem_dir)
    text = read_source(source)
    language = language_for(source, lang)
    env = environment_or_fail(slots)
    # The file keeps its name where the language allows it (the pipeline applies the rules).
    submission = Source(text=text, language_id=language.id, filename=source.name)
    events = judge(
        problem, submission, JudgeOptions(run_all_tests=all_tests, reveal_hidden=True), env
    )
    if as_json:
        result = final_result(events)
        sys.stdout.write(json.dumps(result_json(result)) + "\n")
    else:
        console.print(f"judging {source.name} ({language.name}) on {problem.name}")
        result = show_live(events)
    raise typer.Exit(0 if result.verdict == Verdict.AC else 1)


def languages_command() -> None:
    """List every language, its version and whether it can be used here."""
    for availability in default_registry().all():
        state = (
            "[green]available[/green]"
            if availability.available
            else f"[red]unavailable[/red]: {availability.reason}"
        )
        console.print(
            f"{availability.id:<11} {availability.language.name:<24} "
            f"{availability.version:<44} {state}"
        )


def selftest_command() -> None:
    """Compile and run every language's self-test program in the sandbox."""
    from assay.judge.selftest import run_selftests
    from assay.sandbox.cgroups import cgroup_mode

    console.print(f"sandbox: {cgroup_mode()}")
    env = environment_or_fail()
    if isinstance(env.pool, SandboxPool):
        console.print(f"boxes: {env.pool.boxes_mode()}")
    failures = 0
    for outcome in run_selftests(env):
        style = "green" if outcome.passed else "red"
        console.print(f"{outcome.language_id:<11} [{style}]{outcome.summary}[/{style}]")
        failures += 0 if outcome.passed or outcome.skipped else 1
    raise typer.Exit(1 if failures else 0)


def _print_row(row: VerifyRow) -> None:
    styles = {"ok": "green", "mismatch": "red", "skipped": "dim"}
    style = styles[row.outcome]
    verdict = row.verdict or "-"
    score = f" score {row.score:g}" if row.score is not None else ""
    note = f"  {row.note}" if row.note else ""
    if row.warning:
        note += f"  [yellow]warning: {row.warning}[/yellow]"
    console.print(
        f"  {row.submission:<52} {row.language or '-':<10} expected {'|'.join(row.expected):<14}"
        f" got {verdict:<4} {row.max_time_s:6.2f} s{score}  [{style}]{row.outcome}[/{style}]{note}",
        soft_wrap=True,
    )


def verify_command(
    problem_dirs: Annotated[list[Path], typer.Argument(help="Problem package directories.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    slots: Annotated[int | None, typer.Option(help="Judging slots (default: cores).")] = None,
    pypy: Annotated[
        bool, typer.Option("--pypy", help="Run the Python submissions with PyPy, not CPython.")
    ] = False,
    all_cases: Annotated[
        bool,
        typer.Option(
            "--all-cases",
            help="Judge every case of a per-case (2025-09) expectation; by default judging"
            " stops once the cases so far decide it, as `bt run` does.",
        ),
    ] = False,
) -> None:
    """Judge every example submission against its expected verdict; exit 1 on any mismatch."""
    from dataclasses import asdict

    from assay.judge.verify import mismatch_causes, report_json, verify_problem

    problems = [load_problem_or_fail(path) for path in problem_dirs]
    env = environment_or_fail(slots)
    reports = []
    for problem in problems:
        if not as_json:
            console.print(f"[bold]{problem.short_name}[/bold] ({problem.name})")
        report = verify_problem(
            problem,
            env,
            on_row=(lambda row: None) if as_json else _print_row,
            python_id="pypy3" if pypy else "python3",
            all_cases=all_cases,
        )
        if not as_json:
            how = "derived from accepted submissions" if report.time_limit_derived else "given"
            console.print(
                f"  time limit {report.time_limit_s:g} s ({how}); mismatches: {report.mismatches}"
            )
            _print_input_checks(report)
        reports.append(report)
    causes = mismatch_causes(reports)
    if as_json:
        document = {
            "problems": [report_json(r) for r in reports],
            "mismatch_causes": [asdict(cause) for cause in causes],
        }
        sys.stdout.write(json.dumps(document) + "\n")
    elif causes:
        _print_causes(causes)
    raise typer.Exit(1 if any(r.mismatches or r.bad_inputs for r in reports) else 0)


def _print_input_checks(report: VerifyReport) -> None:
    if not report.input_checks:
        return
    cases = sum(1 for c in report.input_checks if c.case)
    console.print(f"  input validators: {cases} checks, {len(report.bad_inputs)} failed")
    for check in report.input_checks:
        if check.outcome != "valid":
            style = "dim" if check.outcome == "skipped" else "red"
            where = f" {check.case}" if check.case else ""
            console.print(
                f"    [{style}]{check.outcome}[/{style}] {escape(check.validator)}{where}"
                f"  {escape(check.note)}",
                soft_wrap=True,
            )


def _print_causes(causes: list[MismatchCause]) -> None:
    """The mismatches grouped by verdict pair, so that a setter sees the patterns."""
    console.print(f"[bold]mismatches by cause[/bold] ({sum(len(c.submissions) for c in causes)})")
    console.print(f"  {'expected':<14} {'got':<4} {'count':>5}  submissions")
    for cause in causes:
        shown = ", ".join(cause.submissions[:3])
        more = f" and {len(cause.submissions) - 3} more" if len(cause.submissions) > 3 else ""
        console.print(
            f"  {'|'.join(cause.expected) or '-':<14} {cause.verdict:<4}"
            f" {len(cause.submissions):>5}  {shown}{more}",
            markup=False,
            soft_wrap=True,
        )


def export_command(
    problem_dir: Annotated[Path, typer.Argument(help="A function problem's package directory.")],
    out_dir: Annotated[Path, typer.Argument(help="Where to write the package (must not exist).")],
) -> None:
    """Write a function problem as a package other Kattis-format judges can run: the drivers in
    include/<language>/ and an output validator that compares like Assay."""
    from assay.judge.export import ExportError, export_package

    problem = load_problem_or_fail(problem_dir)
    try:
        report = export_package(problem, out_dir)
    except (ExportError, OSError) as error:
        fail(str(error))
    console.print(f"{problem.short_name}: written to {report.out_dir}")
    console.print(f"  drivers in include/: {', '.join(report.languages)}")
    for language, why in report.skipped:
        console.print(f"  skipped {language}: {why}")
