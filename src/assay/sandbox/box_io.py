"""The descriptors and files of one box run: the pipes bwrap is given (info, block, the seccomp
filter), the request's extra files and its stdin; and a box started and
held at `--block-fd` (`StartedBox`), which owns them until it is closed."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from assay.sandbox.seccomp import deny_list_bpf
from assay.sandbox.types import RunRequest


class Fds:
    """File descriptors closed exactly once: a second close could hit a number another thread
    has been given in the meantime."""

    def __init__(self) -> None:
        self._open: set[int] = set()

    def pipe(self) -> tuple[int, int]:
        read_end, write_end = os.pipe()
        self._open.update((read_end, write_end))
        return read_end, write_end

    def close(self, *fds: int) -> None:
        for fd in fds:
            if fd in self._open:
                self._open.discard(fd)
                os.close(fd)

    def close_all(self) -> None:
        self.close(*list(self._open))


@contextlib.contextmanager
def box_pipes() -> Iterator[tuple[Fds, int, int, int, int, int]]:
    fds = Fds()
    try:
        info_r, info_w = fds.pipe()
        block_r, block_w = fds.pipe()
        seccomp_r, seccomp_w = fds.pipe()
        os.write(seccomp_w, deny_list_bpf())
        fds.close(seccomp_w)
        yield fds, info_r, info_w, block_r, block_w, seccomp_r
    finally:
        fds.close_all()


@contextlib.contextmanager
def request_files(request: RunRequest) -> Iterator[list[IO[bytes]]]:
    opened: list[IO[bytes]] = []
    try:
        for content in request.files.values():
            temporary: IO[bytes] = tempfile.TemporaryFile()
            temporary.write(content)
            temporary.seek(0)
            opened.append(temporary)
        yield opened
    finally:
        for handle in opened:
            handle.close()


@contextlib.contextmanager
def stdin_for(request: RunRequest) -> Iterator[IO[bytes]]:
    handle: IO[bytes]
    if isinstance(request.stdin, Path):
        with open(request.stdin, "rb") as handle:
            yield handle
        return
    with tempfile.TemporaryFile() as handle:
        handle.write(request.stdin)
        handle.seek(0)
        yield handle


class StartedBox:
    """A box bwrap has set up and holds at `--block-fd`: its payload has not started, and it is
    in no cgroup of ours yet. Owns its descriptors until `close`."""

    def __init__(
        self,
        request: RunRequest,
        process: subprocess.Popen[bytes],
        info_r: int,
        block_w: int,
        resources: contextlib.ExitStack,
    ) -> None:
        self.request = request
        self.process = process
        self._info_r = info_r
        self._block_w = block_w
        self._resources = resources
        self._child_pid: int | None = None

    def child_pid(self) -> int | None:
        """The box's PID 1 (blocks until bwrap has cloned it); None when bwrap failed."""
        if self._child_pid is None:
            self._child_pid = read_child_pid(self._info_r)
        return self._child_pid

    def release(self) -> None:
        os.write(self._block_w, b"1")

    def close(self) -> None:
        self._resources.close()


def read_child_pid(info_r: int) -> int | None:
    """bwrap writes a JSON object with the box's PID 1 on --info-fd, then closes it."""
    data = b""
    while True:
        chunk = os.read(info_r, 4096)
        if not chunk:
            break
        data += chunk
        with contextlib.suppress(ValueError):
            pid = json.loads(data).get("child-pid")
            if isinstance(pid, int):
                return pid
    return None
