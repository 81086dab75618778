"""Builds the command line that starts one box: prlimit, then setpriv, then bubblewrap.

rlimits are set by util-linux `prlimit` while still root (root lacks CAP_SYS_RESOURCE over
other uids on this machine kind), then `setpriv` drops to the unprivileged sandbox uid, which
runs bwrap: bwrap run as root would stay host root inside the box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from assay.core.types import Limits
from assay.sandbox.types import RunRequest

# Host paths every box sees read-only (when they exist): the toolchains live under /usr.
# A language's own extra paths (the JVM's /etc) come with its requests (Language.box_paths).
SYSTEM_READONLY = ("/usr", "/etc/ld.so.cache", "/etc/alternatives")
# Parts of /usr no toolchain of ours uses: the host's own software and sources. Each is covered by
# an empty read-only tmpfs in the box.
USR_HIDDEN = ("/usr/local", "/usr/src", "/usr/etc")
USR_SYMLINKS = (
    ("usr/bin", "/bin"),
    ("usr/sbin", "/sbin"),
    ("usr/lib", "/lib"),
    ("usr/lib64", "/lib64"),
)
BOX_PATH = "/usr/local/bin:/usr/bin:/bin"
AGENT_PATH = "/.assay-agent"


@dataclass(frozen=True, slots=True)
class BoxFds:
    """File descriptors of the parent's handshake with bwrap, as numbers inherited by it."""

    info_fd: int
    block_fd: int
    seccomp_fd: int
    file_fds: tuple[int, ...] = ()  # one per request.files entry, same order
    netns_fd: int | None = None  # the box's own network namespace, entered by the launcher
    # A resident box: the agent's executable (a descriptor bwrap copies to AGENT_PATH) runs as
    # the box's PID 1 and takes its runs on `control_fd` (sandbox/resident.py).
    agent_fd: int | None = None
    control_fd: int | None = None


def rlimit_argv(limits: Limits) -> list[str]:
    # RLIMIT_CPU is per process: a backstop only; total CPU is enforced by polling the cgroup.
    cpu_s = math.ceil(limits.cpu_time_s) + 1
    stack_bytes = limits.effective_stack_kib * 1024
    return [
        "prlimit",
        f"--cpu={cpu_s}:{cpu_s + 1}",
        f"--fsize={limits.file_size_kib * 1024}",
        f"--nofile={limits.open_files}",
        f"--stack={stack_bytes}",
        "--core=0",
        "--",
    ]


def setpriv_argv(uid: int, gid: int) -> list[str]:
    return ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--"]


def _system_binds() -> list[str]:
    args: list[str] = []
    for path in SYSTEM_READONLY:
        if Path(path).exists():
            args += ["--ro-bind", path, path]
    for path in USR_HIDDEN:
        if Path(path).is_dir():
            args += ["--size", str(64 * 1024), "--tmpfs", path, "--remount-ro", path]
    for target, link in USR_SYMLINKS:
        if (Path("/") / target).exists():
            args += ["--symlink", target, link]
    return args


def _work_mounts(request: RunRequest) -> list[str]:
    size = str(request.limits.work_size_kib * 1024)
    # /dev read-only but for /dev/shm: the writable places of a box are its three tmpfs mounts,
    # which a resident box's agent empties between runs.
    args = ["--perms", "1777", "--size", size, "--tmpfs", "/dev/shm", "--remount-ro", "/dev"]
    args += ["--perms", "1777", "--size", size, "--tmpfs", "/tmp"]
    if request.work_dir is not None:
        args += ["--bind", str(request.work_dir), "/work"]
    else:
        args += ["--perms", "0777", "--size", size, "--tmpfs", "/work"]
        if not request.work_writable:
            args += ["--remount-ro", "/work"]
    return args


def _user_binds(request: RunRequest) -> list[str]:
    args: list[str] = []
    for host, box in request.readonly_binds:
        args += ["--ro-bind", str(host), box]
    for host, box in request.readwrite_binds:
        args += ["--bind", str(host), box]
    return args


def _environment(request: RunRequest) -> list[str]:
    env = {"PATH": BOX_PATH, "HOME": "/tmp", "LANG": "C.UTF-8", **request.env}
    args: list[str] = []
    for name, value in env.items():
        args += ["--setenv", name, value]
    return args


# coreutils `env` sets the disposition and execs the payload, which inherits it.
IGNORE_SIGPIPE = ("/usr/bin/env", "--ignore-signal=PIPE", "--")


# `--unshare-all` but the network: the launcher has entered the box's own namespace already.
UNSHARE_ALL_BUT_NET = (
    "--unshare-user-try",
    "--unshare-ipc",
    "--unshare-pid",
    "--unshare-uts",
    "--unshare-cgroup-try",
)


def bwrap_argv(request: RunRequest, fds: BoxFds) -> list[str]:
    args = [
        "bwrap",
        *(UNSHARE_ALL_BUT_NET if fds.netns_fd is not None else ("--unshare-all",)),
        # No user namespace inside the box's own: without one, no capabilities to mount with.
        "--unshare-user",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
        "--hostname",
        "box",
        *_system_binds(),
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        *_work_mounts(request),
        *_user_binds(request),
        *_agent(fds),
    ]
    for fd, name in zip(fds.file_fds, request.files, strict=True):
        args += ["--file", str(fd), f"/work/{name}"]
    args += [
        "--remount-ro",
        "/",
        *_environment(request),
        "--chdir",
        request.cwd,
        "--info-fd",
        str(fds.info_fd),
        "--block-fd",
        str(fds.block_fd),
        "--seccomp",
        str(fds.seccomp_fd),
        "--",
        *_agent_argv(fds),
        *(IGNORE_SIGPIPE if request.ignore_sigpipe else ()),
        *request.argv,
    ]
    return args


def _agent(fds: BoxFds) -> list[str]:
    if fds.agent_fd is None:
        return []
    return ["--as-pid-1", "--perms", "0555", "--ro-bind-data", str(fds.agent_fd), AGENT_PATH]


def _agent_argv(fds: BoxFds) -> list[str]:
    if fds.agent_fd is None:
        return []
    return [AGENT_PATH, str(fds.control_fd), "--"]


def launcher_argv(
    launcher: Path, limits: Limits, uid: int, gid: int, netns_fd: int | None = None
) -> list[str]:
    """The compiled launcher: the box's network namespace, the same limits as `rlimit_argv`,
    then the same uid drop."""
    return [
        str(launcher),
        *(["--netns", str(netns_fd)] if netns_fd is not None else []),
        str(math.ceil(limits.cpu_time_s) + 1),
        str(limits.file_size_kib * 1024),
        str(limits.open_files),
        str(limits.effective_stack_kib * 1024),
        str(uid),
        str(gid),
        "--",
    ]


def full_argv(
    request: RunRequest, fds: BoxFds, uid: int, gid: int, launcher: Path | None = None
) -> Sequence[str]:
    if launcher is not None:
        launch = launcher_argv(launcher, request.limits, uid, gid, fds.netns_fd)
        return [*launch, *bwrap_argv(request, fds)]
    # Only the compiled launcher can enter a namespace: bwrap makes one per run instead.
    fds = replace(fds, netns_fd=None)
    return [*rlimit_argv(request.limits), *setpriv_argv(uid, gid), *bwrap_argv(request, fds)]
