"""`assay verify` on every bundled function problem, through the real sandbox.

The 60 packages take most of a CI run's tail, and pytest-xdist keeps a module on one worker
(`--dist loadfile`), so the set is verified by three modules, each taking every third package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.loader import load_problem

FUNCTIONS = Path(__file__).resolve().parents[2] / "problems" / "functions"
PACKAGES = sorted(path.parent for path in FUNCTIONS.glob("*/problem.yaml"))
SHARES = 3


def share(index: int) -> list[Path]:
    """The packages one of the `SHARES` modules verifies."""
    return PACKAGES[index::SHARES]


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(slots=None, cache_dir=sandbox_cache_dir)


def verify_test(index: int) -> Callable[[Path, JudgeEnvironment], None]:
    """The test of one share, to be bound to a name starting with `test_` in its module."""
    packages = share(index)

    @pytest.mark.sandbox
    @pytest.mark.slow
    @pytest.mark.parametrize("package", packages, ids=[p.name for p in packages])
    def test_verify_passes_on_function_problem(package: Path, env: JudgeEnvironment) -> None:
        assert_verify_passes(package, env)

    return test_verify_passes_on_function_problem


def assert_verify_passes(package: Path, env: JudgeEnvironment) -> None:
    report = verify_problem(load_problem(package), env)
    judged = [row for row in report.rows if row.outcome != "skipped"]
    assert len(judged) >= 3
    bad = [row for row in report.rows if row.outcome != "ok"]
    assert not bad, "\n".join(f"{r.submission}: {r.verdict} ({r.note})" for r in bad)
