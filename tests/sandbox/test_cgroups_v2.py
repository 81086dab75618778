"""The cgroup v2 box against a fake hierarchy (runs anywhere); the real one runs in
`make test-cgroup-v2` (a guest booted with cgroup_no_v1=all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.sandbox import SandboxUnavailable, cgroups


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
