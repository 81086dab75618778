"""The bundled function problems (problems/functions/): every package is a complete LeetCode-style
problem, the set covers the type vocabulary and the comparators, and `assay verify` passes on each
through the real sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.function_spec import CompareMode, Kind, SpecKind
from assay.problems.loader import load_problem

FUNCTIONS = Path(__file__).resolve().parents[2] / "problems" / "functions"
PACKAGES = sorted(path.parent for path in FUNCTIONS.glob("*/problem.yaml"))


def test_there_are_at_least_twelve_function_problems() -> None:
    assert len(PACKAGES) >= 12


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_function_package_is_complete(package: Path) -> None:
    problem = load_problem(package)  # every test is checked against the signature here
    assert problem.function is not None
    assert problem.time_limit_s is not None and problem.difficulty and problem.tags
    assert problem.samples
    assert len([case for case in problem.tests if not case.is_sample]) >= 20
    assert (package / "generator" / "gen.py").is_file()
    assert problem.input_validators
    for kind in ("accepted", "time_limit_exceeded"):
        assert any((package / "submissions" / kind).glob("*")), kind
    # A wrong submission: WA on some test (`rejected`: it may crash on another first).
    submissions = package / "submissions"
    assert any(submissions.glob("wrong_answer/*")) or any(submissions.glob("rejected/*"))


def test_the_set_covers_the_types_comparators_in_place_and_design() -> None:
    specs = [load_problem(p).function for p in PACKAGES]
    assert all(spec is not None for spec in specs)
    kinds = {t.leaf.kind for s in specs if s for t in s.all_types()}
    assert {
        Kind.INTEGER,
        Kind.LONG,
        Kind.DOUBLE,
        Kind.BOOLEAN,
        Kind.CHARACTER,
        Kind.STRING,
    } <= kinds
    assert {Kind.LIST_NODE, Kind.TREE_NODE} <= kinds
    containers = {t.kind for s in specs if s for t in s.all_types()}
    assert {Kind.ARRAY, Kind.LIST} <= containers
    assert any(t.depth == 2 for s in specs if s for t in s.all_types())
    modes = {(s.compare.mode, s.compare.depth) for s in specs if s}
    assert {(CompareMode.EXACT, 1), (CompareMode.FLOAT, 1), (CompareMode.UNORDERED, 2)} <= modes
    assert any(s.output_param and not s.output_length_from_return for s in specs if s)
    assert any(s.output_length_from_return for s in specs if s)
    assert sum(s.kind is SpecKind.DESIGN for s in specs if s) >= 2


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(slots=None, cache_dir=sandbox_cache_dir)


@pytest.mark.sandbox
@pytest.mark.slow
@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_verify_passes_on_function_problem(package: Path, env: JudgeEnvironment) -> None:
    report = verify_problem(load_problem(package), env)
    judged = [row for row in report.rows if row.outcome != "skipped"]
    assert len(judged) >= 3
    bad = [row for row in report.rows if row.outcome != "ok"]
    assert not bad, "\n".join(f"{r.submission}: {r.verdict} ({r.note})" for r in bad)
