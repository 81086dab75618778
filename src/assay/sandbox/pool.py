"""Judging slots: each owns two boxes (a program and, for interactive problems, its validator)
pinned to one core, with cgroup directories created once and reused."""

from __future__ import annotations

import ctypes
import os
import pwd
import shutil
from dataclasses import dataclass
from pathlib import Path

from assay.sandbox.box import Box
from assay.sandbox.cgroups import make_box_cgroup, remove_stale_boxes
from assay.sandbox.launcher import DEFAULT_CACHE_DIR
from assay.sandbox.lending import LendingPool
from assay.sandbox.types import RunRequest, RunResult, Sandbox, SandboxUnavailable

SANDBOX_USER = "assay-run"
REQUIRED_COMMANDS = ("bwrap", "prlimit", "setpriv")


@dataclass(frozen=True, slots=True)
class Slot:
    index: int
    cpu: int | None
    main: Box
    helper: Box  # runs beside `main` (an interactive validator)

    def run(self, request: RunRequest, then: RunRequest | None = None) -> RunResult:
        return self.main.run(request, then)

    def discard_held(self) -> None:
        self.main.discard_held()
        self.helper.discard_held()


PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> None:
    """Orphans of this process's boxes (bwrap's init, once bwrap exits) come to us to reap."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise SandboxUnavailable(
            f"prctl(PR_SET_CHILD_SUBREAPER) failed: errno {ctypes.get_errno()}"
        )


def check_host() -> tuple[int, int]:
    """Refuse, with what to fix, when the host cannot isolate; return the sandbox uid and gid."""
    if os.geteuid() != 0:
        raise SandboxUnavailable(
            "the sandbox must be started as root (it drops to an unprivileged uid)"
        )
    for command in REQUIRED_COMMANDS:
        if shutil.which(command) is None:
            raise SandboxUnavailable(
                f"`{command}` is missing: install bubblewrap and util-linux (make setup does)"
            )
    try:
        user = pwd.getpwnam(SANDBOX_USER)
    except KeyError as error:
        raise SandboxUnavailable(
            f"the user {SANDBOX_USER!r} does not exist: `useradd --system {SANDBOX_USER}` "
            "(make setup does)"
        ) from error
    userns = Path("/proc/sys/user/max_user_namespaces")
    if userns.exists() and userns.read_text().strip() == "0":
        raise SandboxUnavailable("user namespaces are disabled: set user.max_user_namespaces > 0")
    return user.pw_uid, user.pw_gid


class SandboxPool(LendingPool[Slot]):
    """N slots (default: one per core), each pinned to its own core."""

    def __init__(
        self,
        slots: int | None = None,
        *,
        pin: bool = True,
        prefix: str = "",
        launcher_dir: Path = DEFAULT_CACHE_DIR,
        resident_boxes: bool = True,  # False: a fresh box for every run (A/B benchmarks)
    ) -> None:
        uid, gid = check_host()
        self.sandbox_ids = (uid, gid)  # who runs inside the boxes: owner of build directories
        remove_stale_boxes()
        become_subreaper()
        # The cores this process may use: two workers pinned to different cores stay apart.
        cores = sorted(os.sched_getaffinity(0)) or [0]
        count = slots if slots is not None else len(cores)
        slots_made: list[Slot] = []
        for index in range(count):
            cpu = cores[index % len(cores)] if pin else None
            name = f"{prefix}{os.getpid()}-slot{index}"
            slot = Slot(
                index=index,
                cpu=cpu,
                main=Box(
                    make_box_cgroup(f"{name}-main", cpu),
                    uid,
                    gid,
                    launcher_dir,
                    resident_boxes=resident_boxes,
                ),
                helper=Box(
                    make_box_cgroup(f"{name}-helper", cpu),
                    uid,
                    gid,
                    launcher_dir,
                    resident_boxes=resident_boxes,
                ),
            )
            slots_made.append(slot)
        self._keep(slots_made, on_return=Slot.discard_held)

    def boxes_mode(self) -> str:
        """What `assay selftest` prints: whether a program's runs share resident boxes."""
        reason = self.slots[0].main.fresh_reason if self.slots else "no slots"
        if reason is None:
            return "resident (one box for the runs of a program, a fresh process per run)"
        return f"a fresh box per run ({reason})"


_IS_A_SANDBOX: type[Sandbox] = SandboxPool  # mypy proves the pool meets the judge's protocol
