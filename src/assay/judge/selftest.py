"""Every language's self-test program, compiled and run in the real sandbox."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.model import Problem, ProblemLimits, TestCase, TestGroup

SELFTEST_INPUT = b"assay 42\n"
SELFTEST_ANSWER = b"assay\n"


@dataclass(frozen=True, slots=True)
class SelftestOutcome:
    language_id: str
    passed: bool
    skipped: bool
    summary: str


def selftest_problem(directory: Path) -> Problem:
    """A one-test problem: echo the first word."""
    (directory / "1.in").write_bytes(SELFTEST_INPUT)
    (directory / "1.ans").write_bytes(SELFTEST_ANSWER)
    case = TestCase("sample/1", directory / "1.in", directory / "1.ans", is_sample=True)
    return Problem(
        root=directory,
        short_name="selftest",
        name="Self-test",
        format_version="2025-09",
        limits=ProblemLimits(time_limit_s=5.0, memory_mib=512),
        data=TestGroup(name="", groups=(TestGroup(name="sample", cases=(case,)),)),
    )


def run_selftests(env: JudgeEnvironment) -> Iterator[SelftestOutcome]:
    with tempfile.TemporaryDirectory(prefix="assay-selftest-") as tmp:
        problem = selftest_problem(Path(tmp))
        for availability in env.registry.all():
            language = availability.language
            if not availability.available:
                yield SelftestOutcome(language.id, False, True, f"skipped: {availability.reason}")
                continue
            source = Source(text=language.selftest_source, language_id=language.id)
            result = next(
                e.result
                for e in judge(problem, source, JudgeOptions(), env)
                if isinstance(e, Finished)
            )
            passed = result.verdict == Verdict.AC
            detail = result.message or result.compile_output[:300]
            summary = f"{result.verdict.value} {result.max_cpu_time_s:.3f} s" + (
                "" if passed else f": {detail}"
            )
            yield SelftestOutcome(language.id, passed, False, summary)
