"""Per-box control groups: memory, processes, CPU accounting, core pinning and kill-all.

Two implementations behind one interface: cgroup v1 (one directory per controller, as on
this machine kind) and cgroup v2 (one unified directory). A box's directories are created once
and reused between runs (cheaper than mkdir/rmdir each time).
"""

from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path
from typing import Protocol

from assay.sandbox.types import SandboxError, SandboxUnavailable

CGROUP_ROOT = Path("/sys/fs/cgroup")
V1_CONTROLLERS = ("memory", "pids", "cpuacct", "cpuset")
GROUP_NAME = "assay"


class BoxCgroup(Protocol):
    """The control group of one box, reset and reused for each run."""

    def prepare(self, memory_bytes: int, pids_max: int) -> None: ...

    def add_process(self, pid: int) -> None: ...

    def cpu_time_ns(self) -> int: ...

    def peak_memory_bytes(self) -> int: ...

    def oom_kills(self) -> int: ...

    def kill_all(self) -> None: ...

    def is_empty(self) -> bool: ...


def _write(path: Path, value: str) -> None:
    try:
        path.write_text(value)
    except OSError as error:
        raise SandboxError(f"cannot write {value!r} to {path}: {error}") from error


def _read_int(path: Path) -> int:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError) as error:
        raise SandboxError(f"cannot read {path}: {error}") from error


def _read_keyed(path: Path, key: str) -> int:
    try:
        for line in path.read_text().splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    except (OSError, ValueError) as error:
        raise SandboxError(f"cannot read {path}: {error}") from error
    return 0


def _kill_listed(procs_file: Path) -> None:
    with contextlib.suppress(OSError):
        for line in procs_file.read_text().split():
            with contextlib.suppress(ProcessLookupError, PermissionError, ValueError):
                os.kill(int(line), signal.SIGKILL)


class CgroupV1Box:
    def __init__(self, name: str, cpu: int | None) -> None:
        self._dirs = {c: CGROUP_ROOT / c / GROUP_NAME / name for c in V1_CONTROLLERS}
        for controller, directory in self._dirs.items():
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise SandboxUnavailable(
                    f"cannot create cgroup {directory} ({error}); run the judge as root "
                    f"with the {controller} controller mounted"
                ) from error
        self._init_cpuset(cpu)
        self._has_memsw = (self._dirs["memory"] / "memory.memsw.limit_in_bytes").exists()

    def _init_cpuset(self, cpu: int | None) -> None:
        parent = self._dirs["cpuset"].parent
        for directory in (parent, self._dirs["cpuset"]):
            source = directory.parent
            for knob in ("cpuset.mems", "cpuset.cpus"):
                if not (directory / knob).read_text().strip():
                    _write(directory / knob, (source / knob).read_text().strip())
        if cpu is not None:
            _write(self._dirs["cpuset"] / "cpuset.cpus", str(cpu))

    def prepare(self, memory_bytes: int, pids_max: int) -> None:
        memory = self._dirs["memory"]
        # Page cache an earlier run (a compile) left charged here would count as this run's peak.
        with contextlib.suppress(SandboxError):
            _write(memory / "memory.force_empty", "0")
        # The kernel refuses memsw < limit: lower the limit first, raise memsw first.
        current = _read_int(memory / "memory.limit_in_bytes")
        order = ("memory.limit_in_bytes", "memory.memsw.limit_in_bytes")
        if self._has_memsw and memory_bytes > current:
            order = ("memory.memsw.limit_in_bytes", "memory.limit_in_bytes")
        for knob in order:
            if knob.startswith("memory.memsw") and not self._has_memsw:
                continue
            _write(memory / knob, str(memory_bytes))
        _write(memory / "memory.max_usage_in_bytes", "0")
        if self._has_memsw:
            _write(memory / "memory.memsw.max_usage_in_bytes", "0")
        _write(self._dirs["pids"] / "pids.max", str(pids_max))
        _write(self._dirs["cpuacct"] / "cpuacct.usage", "0")

    def add_process(self, pid: int) -> None:
        for directory in self._dirs.values():
            _write(directory / "cgroup.procs", str(pid))

    def cpu_time_ns(self) -> int:
        return _read_int(self._dirs["cpuacct"] / "cpuacct.usage")

    def peak_memory_bytes(self) -> int:
        memory = self._dirs["memory"]
        peak = _read_int(memory / "memory.max_usage_in_bytes")
        if self._has_memsw:
            peak = max(peak, _read_int(memory / "memory.memsw.max_usage_in_bytes"))
        return peak

    def oom_kills(self) -> int:
        return _read_keyed(self._dirs["memory"] / "memory.oom_control", "oom_kill")

    def kill_all(self) -> None:
        _kill_listed(self._dirs["pids"] / "cgroup.procs")

    def is_empty(self) -> bool:
        try:
            return not (self._dirs["pids"] / "cgroup.procs").read_text().strip()
        except OSError:
            return True


class CgroupV2Box:
    def __init__(self, name: str, cpu: int | None) -> None:
        parent = CGROUP_ROOT / GROUP_NAME
        try:
            parent.mkdir(exist_ok=True)
            wanted = "+memory +pids +cpu +cpuset"
            _write(CGROUP_ROOT / "cgroup.subtree_control", wanted)
            _write(parent / "cgroup.subtree_control", wanted)
            self._dir = parent / name
            self._dir.mkdir(exist_ok=True)
        except (OSError, SandboxError) as error:
            raise SandboxUnavailable(
                f"cannot set up cgroup v2 under {parent} ({error}); run as root with "
                "the memory, pids, cpu and cpuset controllers available"
            ) from error
        if cpu is not None:
            _write(self._dir / "cpuset.cpus", str(cpu))
        self._cpu_base_ns = 0

    def prepare(self, memory_bytes: int, pids_max: int) -> None:
        _write(self._dir / "memory.max", str(memory_bytes))
        if (self._dir / "memory.swap.max").exists():
            _write(self._dir / "memory.swap.max", "0")
        if (self._dir / "memory.peak").exists():
            # Writing resets the peak on kernels >= 6.12; older ones refuse (then it is fresh).
            with contextlib.suppress(SandboxError):
                _write(self._dir / "memory.peak", "0")
        _write(self._dir / "pids.max", str(pids_max))
        self._cpu_base_ns = self._usage_ns()
        self._oom_base = self._oom_count()

    def _usage_ns(self) -> int:
        return _read_keyed(self._dir / "cpu.stat", "usage_usec") * 1000

    def _oom_count(self) -> int:
        return _read_keyed(self._dir / "memory.events", "oom_kill")

    def add_process(self, pid: int) -> None:
        _write(self._dir / "cgroup.procs", str(pid))

    def cpu_time_ns(self) -> int:
        return self._usage_ns() - self._cpu_base_ns

    def peak_memory_bytes(self) -> int:
        return _read_int(self._dir / "memory.peak")

    def oom_kills(self) -> int:
        return self._oom_count() - self._oom_base

    def kill_all(self) -> None:
        if (self._dir / "cgroup.kill").exists():
            _write(self._dir / "cgroup.kill", "1")
        else:
            _kill_listed(self._dir / "cgroup.procs")

    def is_empty(self) -> bool:
        return not (self._dir / "cgroup.procs").read_text().strip()


def cgroup_version() -> int:
    """1 or 2, by what the host mounts; raises SandboxUnavailable when neither is usable."""
    if all((CGROUP_ROOT / c / "cgroup.procs").exists() for c in V1_CONTROLLERS):
        return 1
    controllers = CGROUP_ROOT / "cgroup.controllers"
    if controllers.exists() and {"memory", "pids", "cpu"} <= set(controllers.read_text().split()):
        return 2
    raise SandboxUnavailable(
        "no usable cgroups: need cgroup v1 with the memory, pids, cpuacct and cpuset controllers "
        f"mounted under {CGROUP_ROOT}, or cgroup v2 with memory, pids and cpu available"
    )


def make_box_cgroup(name: str, cpu: int | None) -> BoxCgroup:
    if cgroup_version() == 1:
        return CgroupV1Box(name, cpu)
    return CgroupV2Box(name, cpu)


def _owner_alive(name: str) -> bool:
    pid_text = name.split("-", 1)[0]
    return pid_text.isdigit() and Path(f"/proc/{pid_text}").exists()


def remove_stale_boxes() -> None:
    """Remove the empty box directories of judge processes that have exited."""
    parents = [CGROUP_ROOT / c / GROUP_NAME for c in V1_CONTROLLERS] + [CGROUP_ROOT / GROUP_NAME]
    for parent in parents:
        if not parent.is_dir():
            continue
        for box in parent.iterdir():
            if box.is_dir() and not _owner_alive(box.name):
                with contextlib.suppress(OSError):
                    box.rmdir()
