"""`assay verify` through the real sandbox: which interpreter runs a package's Python
submissions, and what the report says about each submission."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.judge.verify import verify_problem
from assay.problems.loader import load_problem

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def env(sandbox_cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=sandbox_cache_dir)


def _python_package(tmp_path: Path, yaml: str | None = None) -> Path:
    """sumtwo with only its Python submissions (and a submissions.yaml when given)."""
    package = tmp_path / "sumtwo"
    shutil.copytree(SUMTWO, package, ignore=shutil.ignore_patterns("*.cpp", "*.java"))
    if yaml is not None:
        (package / "submissions" / "submissions.yaml").write_text(yaml)
    return package


def _languages(package: Path, env: JudgeEnvironment, python_id: str = "python3") -> set[str]:
    report = verify_problem(load_problem(package), env, python_id=python_id)
    assert report.mismatches == 0, report.rows
    return {row.language for row in report.rows if row.language}


def test_python_submissions_run_on_cpython_by_default(
    tmp_path: Path, env: JudgeEnvironment
) -> None:
    assert _languages(_python_package(tmp_path), env) == {"python3"}


def test_the_setter_asks_for_pypy(tmp_path: Path, env: JudgeEnvironment) -> None:
    assert _languages(_python_package(tmp_path), env, python_id="pypy3") == {"pypy3"}


def test_the_package_asks_for_pypy(tmp_path: Path, env: JudgeEnvironment) -> None:
    package = _python_package(tmp_path, "accepted/sumtwo.py:\n  language: pypy3\n")
    report = verify_problem(load_problem(package), env)
    assert report.mismatches == 0, report.rows
    languages = {row.submission: row.language for row in report.rows}
    assert languages == {"accepted/sumtwo.py": "pypy3", "wrong_answer/sumtwo_float.py": "python3"}
