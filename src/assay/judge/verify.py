"""`assay verify`: judge every example submission of a package against its expected verdicts,
deriving the time limit from the accepted ones where the package asks for it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assay.core.events import Finished
from assay.core.types import JudgeResult, Verdict
from assay.judge.api import JudgeOptions, Source
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.languages import Language, UnknownLanguage
from assay.problems.model import Problem
from assay.problems.submissions import ExpectedSubmission, discover_submissions
from assay.problems.timelimit import derive_time_limit

# Generous limit for the first run of accepted submissions when the limit must be derived.
DERIVATION_TIME_LIMIT_S = 10.0
# Kattis reports a memory-limit violation as a run-time error; so does an expected RE here.
EQUIVALENT = {Verdict.MLE.value: Verdict.RE.value}


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


@dataclass(frozen=True, slots=True)
class VerifyReport:
    problem: str
    time_limit_s: float
    time_limit_derived: bool
    rows: tuple[VerifyRow, ...]

    @property
    def mismatches(self) -> int:
        return sum(1 for row in self.rows if row.outcome == "mismatch")


def _language_of(sub: ExpectedSubmission, env: JudgeEnvironment) -> tuple[Language | None, str]:
    if len(sub.files) != 1:
        return None, "multi-file submissions are not supported"
    try:
        language = env.registry.for_file(sub.files[0].name)
    except UnknownLanguage:
        return None, f"language of {sub.files[0].name} not supported"
    availability = env.registry.availability(language.id)
    if not availability.available:
        return None, f"{language.name} not available: {availability.reason}"
    return language, ""


def _judge_once(
    problem: Problem,
    sub: ExpectedSubmission,
    language: Language,
    env: JudgeEnvironment,
    time_limit_s: float,
) -> JudgeResult:
    path = sub.files[0]
    text = path.read_text(encoding="utf-8", errors="replace")
    file_name = language.file_name_for(text) if language.id == "java" else None
    source = Source(text=text, language_id=language.id, filename=file_name)
    options = JudgeOptions(time_limit_s=time_limit_s)
    for event in judge(problem, source, options, env):
        if isinstance(event, Finished):
            return event.result
    raise RuntimeError("the judge ended without a final result")


def _matches(result: JudgeResult, sub: ExpectedSubmission) -> bool:
    verdict = result.verdict.value
    permitted = set(sub.permitted)
    if verdict in permitted or EQUIVALENT.get(verdict) in permitted:
        return True
    # A partially accepted scoring submission: not full marks, but some.
    return "PAC" in permitted and result.score is not None and result.score > 0


def _row(sub: ExpectedSubmission, language: Language | None, note: str) -> VerifyRow:
    return VerifyRow(
        submission=sub.name,
        language=language.id if language else None,
        expected=tuple(sorted(sub.permitted)),
        verdict=None,
        score=None,
        max_time_s=0.0,
        outcome="skipped",
        note=note,
    )


def _judged_row(row: VerifyRow, result: JudgeResult, sub: ExpectedSubmission) -> VerifyRow:
    outcome = "ok" if _matches(result, sub) else "mismatch"
    note = result.message if result.verdict == Verdict.JE else ""
    return replace(
        row,
        verdict=result.verdict.value,
        score=result.score,
        max_time_s=result.max_cpu_time_s,
        outcome=outcome,
        note=note,
    )


def _derive(
    problem: Problem,
    accepted: list[tuple[ExpectedSubmission, Language]],
    env: JudgeEnvironment,
    parallel: Callable[..., list[JudgeResult]],
) -> float:
    results = parallel(
        [(problem, sub, lang, env, DERIVATION_TIME_LIMIT_S) for sub, lang in accepted]
    )
    slowest_s = max((r.max_cpu_time_s for r in results if r.verdict == Verdict.AC), default=0.0)
    return derive_time_limit(
        slowest_s, problem.time_multipliers.ac_to_time_limit, problem.time_resolution_s
    )


def verify_problem(
    problem: Problem,
    env: JudgeEnvironment,
    on_row: Callable[[VerifyRow], None] = lambda row: None,
    workers: int | None = None,
) -> VerifyReport:
    subs = discover_submissions(problem.root)
    resolved = [(sub, *_language_of(sub, env)) for sub in subs]
    with ThreadPoolExecutor(max_workers=workers or len(env.pool.slots)) as executor:

        def parallel(jobs: Iterable[tuple[Any, ...]]) -> list[JudgeResult]:
            return list(executor.map(lambda job: _judge_once(*job), jobs))

        derived = problem.time_limit_s is None
        accepted = [(sub, lang) for sub, lang, _ in resolved if lang and sub.use_for_time_limit]
        time_limit_s = (
            _derive(problem, accepted, env, parallel) if derived else problem.time_limit_s
        )
        assert time_limit_s is not None
        runnable = [(sub, lang) for sub, lang, _ in resolved if lang is not None]
        results = parallel([(problem, sub, lang, env, time_limit_s) for sub, lang in runnable])
    by_name = {sub.name: result for (sub, _), result in zip(runnable, results, strict=True)}
    rows = []
    for sub, lang, note in resolved:
        row = _row(sub, lang, note)
        if sub.name in by_name:
            row = _judged_row(row, by_name[sub.name], sub)
        on_row(row)
        rows.append(row)
    return VerifyReport(problem.short_name, time_limit_s, derived, tuple(rows))


def problem_dirs(paths: Iterable[Path]) -> list[Path]:
    return [Path(p) for p in paths]
