"""The bundled function problems (problems/functions/): every package is a complete LeetCode-style
problem and the set covers the type vocabulary and the comparators. The set has its size: 60
problems, 20 easy, 25 medium and 15 hard, 6 of them design problems (issue 12). `assay verify` on
each, through the real sandbox, is in test_function_set_verify_*.py."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from assay.harness import starter_code, unsupported_reason
from assay.problems.function_spec import CompareMode, Kind, SpecKind
from assay.problems.loader import load_problem
from assay.problems.model import Problem

FUNCTIONS = Path(__file__).resolve().parents[2] / "problems" / "functions"
PACKAGES = sorted(path.parent for path in FUNCTIONS.glob("*/problem.yaml"))


LANGUAGES = ("python3", "cpp", "java", "javascript", "go", "rust", "c")
REFERENCE_SUFFIXES = {".py": "python3", ".cpp": "cpp", ".java": "java", ".js": "javascript"}
REFERENCE_SUFFIXES |= {".go": "go", ".rs": "rust", ".c": "c"}


@cache
def _loaded(package: Path) -> Problem:
    """Each package is loaded (and every test type-checked) once for the whole module."""
    return load_problem(package)


def _accepted_languages(package: Path) -> set[str]:
    accepted = (package / "submissions" / "accepted").glob("*")
    return {REFERENCE_SUFFIXES[p.suffix] for p in accepted if p.suffix in REFERENCE_SUFFIXES}


def test_the_set_has_its_size_by_difficulty_and_its_design_problems() -> None:
    problems = [_loaded(p) for p in PACKAGES]
    by_difficulty = Counter(problem.metadata.difficulty for problem in problems)
    assert len(problems) >= 60
    assert by_difficulty["easy"] >= 20
    assert by_difficulty["medium"] >= 25
    assert by_difficulty["hard"] >= 15
    assert sum(p.function is not None and p.function.kind is SpecKind.DESIGN for p in problems) >= 6


def test_catalogue_numbers_are_unique_across_the_bundled_problems() -> None:
    bundled = [*PACKAGES, *(p.parent for p in FUNCTIONS.parent.glob("*/problem.yaml"))]
    numbers = [_loaded(p).metadata.number for p in bundled]
    assert None not in numbers
    assert len(set(numbers)) == len(numbers)


def test_every_language_is_accepted_somewhere_in_the_set() -> None:
    assert set().union(*(_accepted_languages(p) for p in PACKAGES)) == set(LANGUAGES)


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_function_package_is_complete(package: Path) -> None:
    problem = _loaded(package)  # every test is checked against the signature here
    assert problem.function is not None
    assert problem.limits.time_limit_s is not None and problem.metadata.difficulty and problem.metadata.tags
    assert problem.metadata.difficulty in ("easy", "medium", "hard")
    assert 1 <= len(problem.metadata.hints) <= 3
    assert problem.editorial is not None
    assert problem.samples
    assert len([case for case in problem.tests if not case.is_sample]) >= 25
    assert (package / "generator" / "gen.py").is_file()
    assert problem.input_validators
    assert {"python3", "cpp", "java"} <= _accepted_languages(package)
    for language in LANGUAGES:  # a stub for each language, or the reason it has none
        stub = starter_code(problem.function, language)
        assert stub.strip() or unsupported_reason(problem.function, language), language
    for kind in ("accepted", "time_limit_exceeded"):
        assert any((package / "submissions" / kind).glob("*")), kind
    # A wrong submission: WA on some test (`rejected`: it may crash on another first).
    submissions = package / "submissions"
    assert any(submissions.glob("wrong_answer/*")) or any(submissions.glob("rejected/*"))


def test_the_set_covers_the_types_comparators_in_place_and_design() -> None:
    specs = [_loaded(p).function for p in PACKAGES]
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
