"""`assay verify`: judge every example submission of a package against its expected verdicts,
deriving the time limit from the accepted ones where the package gives none."""

from __future__ import annotations

import ast
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

from assay.core.events import Finished
from assay.core.types import JudgeResult, TestResult, Verdict
from assay.judge.input_validation import InputCheck, check_inputs
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.scoring import max_score
from assay.judge.types import JudgeOptions, Source
from assay.languages import Language, UnknownLanguage
from assay.languages.model import EntryPoint
from assay.problems.model import Problem
from assay.problems.submissions import (
    CaseOutcome,
    ExpectationKind,
    ExpectedSubmission,
    discover_submissions,
    settled,
    time_limit_role,
    unmet_expectations,
)
from assay.problems.timelimit import problemtools_time_limit_s

# Generous limit for the first run of accepted submissions when the limit must be derived.
DERIVATION_TIME_LIMIT_S = 10.0


@dataclass(frozen=True, slots=True)
class VerifyRow:
    submission: str  # path below submissions/
    language: str | None
    expected: tuple[str, ...]
    verdict: str | None  # None when skipped
    score: float | None
    max_time_s: float
    outcome: str  # "ok", "mismatch" or "skipped"
    note: str = ""
    # The time limit leaves this accepted submission less margin than `ac_to_time_limit` asks.
    warning: str = ""

    @property
    def matched(self) -> bool | None:
        """Did the judged verdict meet the expectation (None: not judged)."""
        return None if self.outcome == "skipped" else self.outcome == "ok"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    problem: str
    time_limit_s: float
    time_limit_derived: bool
    rows: tuple[VerifyRow, ...]
    # Every input validator on every test input (empty when the package has none).
    input_checks: tuple[InputCheck, ...] = ()

    @property
    def mismatches(self) -> int:
        return sum(1 for row in self.rows if row.outcome == "mismatch")

    @property
    def bad_inputs(self) -> tuple[InputCheck, ...]:
        """Test inputs an input validator rejected or crashed on."""
        return tuple(c for c in self.input_checks if c.outcome in ("invalid", "error"))


@dataclass(frozen=True, slots=True)
class MismatchCause:
    """Mismatched submissions grouped by (expected verdicts, judged verdict): a pattern such
    as every `wrong_answer/` Java submission getting RE shows as one line."""

    expected: tuple[str, ...]
    verdict: str
    submissions: tuple[str, ...]  # "problem/submissions path"


def mismatch_causes(reports: Sequence[VerifyReport]) -> list[MismatchCause]:
    """Every mismatch grouped by its verdict pair, most frequent first."""
    groups: dict[tuple[tuple[str, ...], str], list[str]] = {}
    for report in reports:
        for row in report.rows:
            if row.outcome == "mismatch":
                key = (row.expected, row.verdict or "-")
                groups.setdefault(key, []).append(f"{report.problem}/{row.submission}")
    causes = [MismatchCause(exp, got, tuple(subs)) for (exp, got), subs in groups.items()]
    return sorted(causes, key=lambda c: (-len(c.submissions), c.expected, c.verdict))


def report_json(report: VerifyReport) -> dict[str, object]:
    """One problem's report for `assay verify --json`: each row with `matched`."""
    rows = [{**asdict(row), "matched": row.matched} for row in report.rows]
    return {**asdict(report), "rows": rows, "mismatches": report.mismatches}


@dataclass(frozen=True, slots=True)
class _Plan:
    """A submission ready to judge: its language, main file and the rest of its files."""

    expected: ExpectedSubmission
    language: Language
    main: Path
    others: tuple[Path, ...]


def _main_file(sub: ExpectedSubmission, language: Language) -> Path | None:
    own = [f for f in sub.files if f.name.endswith(language.extensions)]
    if sub.entrypoint:
        named = [f for f in sub.files if sub.entrypoint in (f.name, f.stem)]
        own = named or own
    if len(own) > 1 and language.entry_point is EntryPoint.CLASS:
        own = [f for f in own if language.entry_class(f.read_text(errors="replace"))] or own
    if len(own) > 1:
        own = [f for f in own if f.stem.lower() == "main"] or own
    return own[0] if own else None


def _plan(sub: ExpectedSubmission, env: JudgeEnvironment, python_id: str) -> _Plan | str:
    """A plan, or why the submission is skipped. Python submissions run on `python_id`."""
    if sub.kind is ExpectationKind.NONE:
        return sub.problem or "no automatic expectation"
    try:
        if sub.language_hint:
            language = env.registry.get(sub.language_hint)
        else:
            language = env.registry.for_file(sub.files[0].name)
        if language.id == "python3":
            language = env.registry.get(python_id)
    except UnknownLanguage:
        return f"language {sub.language_hint or sub.files[0].suffix} not supported"
    availability = env.registry.availability(language.id)
    if not availability.available:
        return f"{language.name} not available: {availability.reason}"
    main = _main_file(sub, language)
    if main is None:
        return f"no {language.name} source file"
    if language.id in ("python3", "pypy3") and _looks_like_python2(main, sub):
        return "Python 2 source (Python 2 is not supported)"
    return _Plan(sub, language, main, tuple(f for f in sub.files if f != main))


def _looks_like_python2(path: Path, sub: ExpectedSubmission) -> bool:
    """A `.py` file that is not valid Python 3 and is not expected to fail compiling.

    Parsing only (never executing) the setter's own example submission."""
    if Verdict.CE in sub.final_verdicts:
        return False
    try:
        ast.parse(path.read_bytes())
    except (SyntaxError, ValueError):
        return True
    return False


def _source(plan: _Plan) -> Source:
    text = plan.main.read_text(encoding="utf-8", errors="replace")
    extra = tuple((f.name, f.read_bytes()) for f in plan.others)
    # The file keeps its name where the language allows it (the pipeline applies the rules).
    return Source(
        text=text, language_id=plan.language.id, filename=plan.main.name, extra_files=extra
    )


def _judge_plan(
    problem: Problem,
    plan: _Plan,
    env: JudgeEnvironment,
    time_limit_s: float,
    only_tests: frozenset[str] | None = None,
    all_cases: bool = False,
) -> JudgeResult:
    per_case = plan.expected.kind is ExpectationKind.PER_CASE
    lazy = per_case and only_tests is None and not all_cases
    options = JudgeOptions(
        time_limit_s=time_limit_s,
        run_all_tests=per_case or only_tests is not None,
        only_tests=only_tests,
        stop_when=_settles(plan.expected) if lazy else None,
    )
    for event in judge(problem, _source(plan), options, env):
        if isinstance(event, Finished):
            return event.result
    raise RuntimeError("the judge ended without a final result")


def _settles(expected: ExpectedSubmission) -> Callable[[Sequence[TestResult]], bool]:
    def stop(results: Sequence[TestResult]) -> bool:
        return settled(expected, _outcomes(results))

    return stop


def _outcomes(results: Sequence[TestResult]) -> list[CaseOutcome]:
    return [CaseOutcome(r.name, r.verdict, r.message) for r in results]


def _judge_all(
    problem: Problem,
    plans: Sequence[_Plan],
    env: JudgeEnvironment,
    time_limit_s: float,
    only_tests: Callable[[_Plan], frozenset[str] | None] = lambda plan: None,
    all_cases: bool = False,
    on_result: Callable[[_Plan, JudgeResult], None] = lambda plan, result: None,
) -> list[JudgeResult]:
    """Judges the plans on every slot at once; `on_result` hears each as it ends."""
    workers = max(1, len(env.pool.slots))
    with ThreadPoolExecutor(max_workers=workers) as executor:
        futures = {
            executor.submit(
                _judge_plan, problem, plan, env, time_limit_s, only_tests(plan), all_cases
            ): plan
            for plan in plans
        }
        for future in as_completed(futures):
            on_result(futures[future], future.result())
        return [future.result() for future in futures]


def _bounds_limit(plan: _Plan) -> bool:
    """Every case of this submission bounds the time limit from below (an accepted one)."""
    sub = plan.expected
    if sub.use_for_time_limit is not None:
        return sub.use_for_time_limit == "lower"
    return sub.kind is ExpectationKind.FINAL and sub.permitted == frozenset({Verdict.AC})


def _lower_bound_cases(problem: Problem, plan: _Plan) -> frozenset[str]:
    """The cases whose running time bounds the limit from below (2025-09 per-group rules)."""
    if _bounds_limit(plan):
        return frozenset(test.name for test in problem.tests)
    return frozenset(
        test.name for test in problem.tests if time_limit_role(plan.expected, test.name) == "lower"
    )


def _derive_time_limit(problem: Problem, plans: Sequence[_Plan], env: JudgeEnvironment) -> float:
    cases = {plan.expected.name: _lower_bound_cases(problem, plan) for plan in plans}
    bounding = [plan for plan in plans if cases[plan.expected.name]]
    results = _judge_all(
        problem,
        bounding,
        env,
        DERIVATION_TIME_LIMIT_S,
        only_tests=lambda plan: cases[plan.expected.name],
    )
    runtimes = [
        test.cpu_time_s for result in results for test in result.tests if test.verdict == Verdict.AC
    ] or [0.0]
    return problemtools_time_limit_s(
        runtimes, problem.limits.time_multipliers, problem.limits.time_resolution_s
    )


def _expected_text(sub: ExpectedSubmission) -> tuple[str, ...]:
    return tuple(sorted(v.value for v in sub.final_verdicts))


def _skipped_row(sub: ExpectedSubmission, why: str) -> VerifyRow:
    return VerifyRow(sub.name, None, _expected_text(sub), None, None, 0.0, "skipped", why)


def _margin_warning(problem: Problem, plan: _Plan, result: JudgeResult, time_limit_s: float) -> str:
    """2025-09 timing: `T_ac * ac_to_time_limit <= time_limit` for every accepted submission."""
    if not _bounds_limit(plan) or result.verdict != Verdict.AC:
        return ""
    needed_s = result.max_cpu_time_s * problem.limits.time_multipliers.ac_to_time_limit
    if needed_s <= time_limit_s:
        return ""
    return (
        f"slowest test {result.max_cpu_time_s:.2f} s x ac_to_time_limit"
        f" {problem.limits.time_multipliers.ac_to_time_limit:g} > time limit {time_limit_s:g} s"
    )


def _judged_row(
    problem: Problem, plan: _Plan, result: JudgeResult, time_limit_s: float
) -> VerifyRow:
    outcomes = _outcomes(result.tests)
    full = max_score(problem) if problem.is_scoring else None
    unmet = unmet_expectations(plan.expected, result.verdict, outcomes, result.score, full)
    note = "; ".join(unmet)
    if result.verdict == Verdict.JE:
        note = f"{note}; {result.message}".strip("; ")
    return VerifyRow(
        submission=plan.expected.name,
        language=plan.language.id,
        expected=_expected_text(plan.expected),
        verdict=result.verdict.value,
        score=result.score,
        max_time_s=result.max_cpu_time_s,
        outcome="mismatch" if unmet else "ok",
        note=note,
        warning=_margin_warning(problem, plan, result, time_limit_s),
    )


def verify_problem(
    problem: Problem,
    env: JudgeEnvironment,
    on_row: Callable[[VerifyRow], None] = lambda row: None,
    python_id: str = "python3",
    all_cases: bool = False,
) -> VerifyReport:
    """`python_id` runs the package's Python submissions ("pypy3" when the setter asks;
    a submission that names PyPy in submissions.yaml runs on it anyway). Per-case expectations
    are judged lazily (see `settled`) unless `all_cases`. `on_row` hears each row as its
    submission ends (skipped ones first); the report keeps the package's order."""
    planned = [(sub, _plan(sub, env, python_id)) for sub in discover_submissions(problem)]
    plans = [plan for _, plan in planned if isinstance(plan, _Plan)]
    derived = problem.limits.time_limit_s is None
    time_limit_s = problem.limits.time_limit_s or _derive_time_limit(problem, plans, env)
    rows: dict[str, VerifyRow] = {}

    def record(row: VerifyRow) -> None:
        rows[row.submission] = row
        on_row(row)

    for sub, plan in planned:
        if not isinstance(plan, _Plan):
            record(_skipped_row(sub, plan))
    _judge_all(
        problem,
        plans,
        env,
        time_limit_s,
        all_cases=all_cases,
        on_result=lambda plan, result: record(_judged_row(problem, plan, result, time_limit_s)),
    )
    return VerifyReport(
        problem.short_name,
        time_limit_s,
        derived,
        tuple(rows[sub.name] for sub, _ in planned),
        check_inputs(problem, env),
    )
