"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# The read-only shared corpora live beside the repository: /work/main/../shared/corpora.
CORPORA_DIR = (Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora").resolve()


def corpus_problem_dirs() -> list[Path]:
    """Every problem package in the corpora (a directory holding problem.yaml)."""
    if not CORPORA_DIR.is_dir():
        return []
    return sorted(path.parent for path in CORPORA_DIR.glob("*/*/problem.yaml"))


@pytest.fixture(scope="session")
def sandbox_cache_dir() -> Iterator[Path]:
    """A fresh judge cache the sandbox user can reach (pytest's tmp dirs are 0700 root)."""
    path = Path(tempfile.mkdtemp(prefix="assay-test-cache-", dir="/var/tmp"))
    path.chmod(0o711)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """The shared corpora directory (never write there)."""
    if not CORPORA_DIR.is_dir():
        pytest.skip(f"shared corpora not found at {CORPORA_DIR}")
    return CORPORA_DIR


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test asking for `corpus_problem` runs once per corpus package."""
    if "corpus_problem" in metafunc.fixturenames:
        dirs = corpus_problem_dirs()
        ids = [f"{path.parent.name}/{path.name}" for path in dirs]
        metafunc.parametrize("corpus_problem", dirs, ids=ids)
