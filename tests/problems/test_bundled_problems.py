"""The bundled problem set: every package loads, is complete, and `assay verify` passes on it
through the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.loader import load_problem

BUNDLED = Path(__file__).resolve().parents[2] / "problems"
PACKAGES = sorted(path.parent for path in BUNDLED.glob("*/problem.yaml"))


def test_there_are_at_least_twelve_bundled_problems() -> None:
    assert len(PACKAGES) >= 12


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_bundled_package_is_complete(package: Path) -> None:
    problem = load_problem(package)
    assert problem.limits.time_limit_s is not None
    assert problem.metadata.difficulty in ("easy", "medium", "hard")
    assert problem.metadata.tags
    assert problem.samples
    secret = [case for case in problem.tests if not case.is_sample]
    assert 10 <= len(secret) <= 50
    assert (package / "generator" / "gen.py").is_file()
    accepted = {p.suffix for p in (package / "submissions" / "accepted").iterdir()}
    assert {".py", ".cpp", ".java"} <= accepted
    rejected = [
        p
        for d in ("wrong_answer", "time_limit_exceeded")
        for p in (package / "submissions" / d).glob("*")
    ]
    assert rejected


def test_the_set_has_a_float_a_custom_checker_and_an_interactive_problem() -> None:
    problems = [load_problem(p) for p in PACKAGES]
    assert any(p.is_interactive for p in problems)
    assert any(p.output_validator is not None and not p.is_interactive for p in problems)
    assert any(
        "float_tolerance" in " ".join(p.validator_flags + case.output_validator_args)
        for p in problems
        for case in p.tests
    )


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(slots=None, cache_dir=sandbox_cache_dir)


@pytest.mark.sandbox
@pytest.mark.slow
@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_verify_passes_on_bundled_problem(package: Path, env: JudgeEnvironment) -> None:
    report = verify_problem(load_problem(package), env)
    judged = [row for row in report.rows if row.outcome != "skipped"]
    assert len(judged) >= 4
    bad = [row for row in report.rows if row.outcome != "ok"]
    assert not bad, "\n".join(f"{r.submission}: {r.verdict} ({r.note})" for r in bad)
