from pathlib import Path

import pytest

from assay.judge.environment import reachable_cache_dir, unreachable_part


def test_a_cache_behind_a_private_directory_is_replaced_by_the_default(
    tmp_path: Path, sandbox_cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    wanted = private / "cache"
    monkeypatch.setenv("ASSAY_CACHE_DIR", str(sandbox_cache_dir))
    assert unreachable_part(wanted) == private
    assert reachable_cache_dir(wanted) == sandbox_cache_dir


def test_a_reachable_cache_is_kept(sandbox_cache_dir: Path) -> None:
    inner = sandbox_cache_dir / "inner"
    assert reachable_cache_dir(inner) == inner
