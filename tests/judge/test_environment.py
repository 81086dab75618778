from pathlib import Path

import pytest

from assay.config import Settings
from assay.judge.environment import reachable_cache_dir, unreachable_part


def test_a_cache_behind_a_private_directory_is_replaced_by_the_default(
    tmp_path: Path, sandbox_cache_dir: Path
) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    wanted = private / "cache"
    assert unreachable_part(wanted) == private
    assert reachable_cache_dir(wanted, sandbox_cache_dir) == sandbox_cache_dir


def test_the_default_comes_from_the_settings(
    sandbox_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ASSAY_CACHE_DIR` and `ASSAY_COMPILE_CACHE_MIB` are read by `Settings`, nowhere else."""
    monkeypatch.setenv("ASSAY_CACHE_DIR", str(sandbox_cache_dir))
    monkeypatch.setenv("ASSAY_COMPILE_CACHE_MIB", "0")
    settings = Settings()
    assert (settings.cache_dir, settings.compile_cache_mib) == (sandbox_cache_dir, 0)


def test_a_reachable_cache_is_kept(sandbox_cache_dir: Path) -> None:
    inner = sandbox_cache_dir / "inner"
    assert reachable_cache_dir(inner) == inner
