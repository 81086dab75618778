"""Fixtures the judge's tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.problems.loader import load_problem
from assay.problems.model import Problem

PROBLEMS_DIR = Path(__file__).resolve().parents[2] / "problems"


@pytest.fixture(scope="module")
def sumtwo() -> Problem:
    """The bundled A+B package: 2 samples and 12 secret tests."""
    return load_problem(PROBLEMS_DIR / "sumtwo")


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    """A fresh judge cache per test: no compile or validator build is shared between tests."""
    path = tmp_path / "cache"
    path.mkdir()
    return path
