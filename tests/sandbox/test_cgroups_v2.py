"""The cgroup v2 box against a fake hierarchy (runs anywhere); the real one runs in
`make test-cgroup-v2` (a guest booted with cgroup_no_v1=all)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from assay.core.types import Limits, RunStatus
from assay.judge.pipeline import JudgeEnvironment
from assay.sandbox import RunRequest, RunResult, SandboxUnavailable, cgroups

PYTHON = "/usr/bin/python3"


@pytest.fixture
def fake_v2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cgroup.controllers").write_text("cpuset cpu io memory pids\n")
    (tmp_path / "cgroup.subtree_control").write_text("")
    (tmp_path / cgroups.GROUP_NAME).mkdir()
    (tmp_path / cgroups.GROUP_NAME / "cgroup.subtree_control").write_text("")
    monkeypatch.setattr(cgroups, "CGROUP_ROOT", tmp_path)
    return tmp_path


def test_v2_is_detected_and_named(fake_v2: Path) -> None:
    assert cgroups.cgroup_version() == 2
    assert cgroups.cgroup_mode().startswith("cgroup v2 ")


def test_v2_refuses_to_judge_without_memory_peak(fake_v2: Path) -> None:
    """A kernel without memory.peak (before 5.19) cannot measure peak memory: refuse at start-up."""
    with pytest.raises(SandboxUnavailable, match=r"memory\.peak is missing"):
        cgroups.CgroupV2Box("1-slot0-main", cpu=0)
    assert "+memory" in (fake_v2 / "cgroup.subtree_control").read_text()


def test_v2_refuses_without_the_memory_controller(fake_v2: Path) -> None:
    (fake_v2 / "cgroup.controllers").write_text("cpu pids\n")
    with pytest.raises(SandboxUnavailable, match="memory"):
        cgroups.CgroupV2Box("1-slot0-main", cpu=None)


def test_no_cgroups_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cgroups, "CGROUP_ROOT", tmp_path)
    assert cgroups.cgroup_mode().startswith("none (no usable cgroups")


# ---------------------------------------------------------------------------------------------
# In the real sandbox (v1 on the development machines, v2 in `make test-cgroup-v2`). CPU limits are
# generous: the v2 run may emulate the CPU, and these tests are about memory accounting.

SLOW_OK = Limits(cpu_time_s=30.0, wall_time_s=90.0, memory_kib=256 * 1024)


@pytest.fixture
def run(judge_env: JudgeEnvironment) -> Callable[..., RunResult]:
    def run_request(argv: list[str], **fields: Any) -> RunResult:
        return judge_env.pool.run(RunRequest(argv=argv, **fields))

    return run_request


@pytest.mark.sandbox
@pytest.mark.timeout(240)
def test_selftest_names_the_mode_in_use() -> None:
    version = cgroups.cgroup_version()
    assert cgroups.cgroup_mode().startswith(f"cgroup v{version} ")


@pytest.mark.sandbox
@pytest.mark.timeout(240)
def test_each_run_measures_its_own_peak(run: Callable[..., RunResult]) -> None:
    """v2 before kernel 6.12 cannot reset memory.peak: a reused cgroup would report the 96 MiB of
    the first run as the second run's peak."""
    big = run([PYTHON, "-c", "x = b'x' * (96 << 20)"], limits=SLOW_OK)
    assert big.status == RunStatus.OK, big
    assert big.usage.memory_kib >= 90 * 1024, big.usage
    small = run(["/bin/sh", "-c", "exit 3"], limits=replace(SLOW_OK, memory_kib=64 * 1024))
    assert small.status == RunStatus.NONZERO_EXIT, small
    assert small.usage.memory_kib < 16 * 1024, small.usage


@pytest.mark.sandbox
@pytest.mark.timeout(240)
def test_page_cache_of_an_earlier_run_is_not_this_runs_peak(
    run: Callable[..., RunResult], judge_env: JudgeEnvironment
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        os.chown(directory, *judge_env.pool.sandbox_ids)
        writer = run(
            ["/bin/sh", "-c", "head -c 100000000 /dev/zero > /prog/big"],
            limits=replace(SLOW_OK, file_size_kib=512 * 1024),
            readwrite_binds=[(Path(directory), "/prog")],
        )
        assert writer.status == RunStatus.OK, writer
        result = run(["/bin/sh", "-c", "exit 3"], limits=replace(SLOW_OK, memory_kib=64 * 1024))
    assert result.status == RunStatus.NONZERO_EXIT, result
    assert result.usage.memory_kib < 16 * 1024, result.usage


@pytest.mark.sandbox
@pytest.mark.timeout(240)
def test_out_of_memory_kill_is_detected(run: Callable[..., RunResult]) -> None:
    result = run(
        [PYTHON, "-c", "x = [b'x' * (1 << 20) for _ in range(512)]"],
        limits=replace(SLOW_OK, memory_kib=64 * 1024),
    )
    assert result.status == RunStatus.MEMORY_LIMIT, result
    assert "out-of-memory kill" in result.message, result
    assert result.usage.memory_kib >= 60 * 1024, result.usage
