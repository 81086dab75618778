"""Reading back what a box wrote, never through a link it planted.

A box can write where the judge later reads: a build directory is bound read-write while
compiling, a validator writes its feedback directory. A symbolic link planted there would be
resolved on the host, by root: the escape behind Judge0 CVE-2024-28185/28189, go-judge #176 and
isolate 2.5/2.6. Every such read comes through here: each component of the path is opened with
`O_NOFOLLOW` beneath the directory the judge made (as `openat2(RESOLVE_BENEATH |
RESOLVE_NO_SYMLINKS)` would), `..` is refused, and only a regular file is read (a FIFO would block
the judge, a device could be anything).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from assay.sandbox.types import SandboxError

_DIRECTORY_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: opening a FIFO a box left in place of a file must not wait for a writer.
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC | os.O_NOCTTY


class UnsafeBoxFile(SandboxError):
    """What a box left at a path the judge reads is a link, a FIFO, a device or a directory."""


@contextlib.contextmanager
def _opened_beneath(directory: Path, relative: str) -> Iterator[int | None]:
    """A read-only fd of the regular file `relative` beneath `directory`, or None when there is
    nothing there. `directory` is the judge's own; only what lies beneath it is distrusted."""
    parts = Path(relative).parts
    if not parts or Path(relative).is_absolute() or any(p in ("..", ".") for p in parts):
        raise UnsafeBoxFile(f"{relative!r} is not a path beneath {directory}")
    fds = [os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)]
    try:
        missing = False
        for index, part in enumerate(parts):
            flags = _FILE_FLAGS if index == len(parts) - 1 else _DIRECTORY_FLAGS
            try:
                fds.append(os.open(part, flags, dir_fd=fds[-1]))
            except FileNotFoundError:
                missing = True
                break
            except OSError as error:  # ELOOP or ENOTDIR: a link, or a file on the way
                raise UnsafeBoxFile(
                    f"{directory / relative}: not a plain path ({error})"
                ) from error
        if not missing and not stat.S_ISREG(os.fstat(fds[-1]).st_mode):
            raise UnsafeBoxFile(f"{directory / relative}: not a regular file")
        if not missing:
            os.set_blocking(fds[-1], True)
        yield None if missing else fds[-1]
    finally:
        for fd in fds:
            os.close(fd)


def read_box_file(directory: Path, relative: str, limit_bytes: int) -> bytes | None:
    """At most `limit_bytes` of the regular file `relative` beneath `directory` (None: absent).

    Raises UnsafeBoxFile for a link (anywhere on the way), a FIFO, a device or a directory."""
    with _opened_beneath(directory, relative) as fd:
        if fd is None:
            return None
        chunks: list[bytes] = []
        left = limit_bytes
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)


def copy_box_file(directory: Path, relative: str, target: Path) -> bool:
    """Copy the regular file `relative` beneath `directory` to the judge's own `target`; False
    when there is nothing there. Raises UnsafeBoxFile as `read_box_file` does."""
    with _opened_beneath(directory, relative) as fd:
        if fd is None:
            return False
        with os.fdopen(os.dup(fd), "rb") as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
        return True


def box_file_names(directory: Path, suffix: str) -> list[str]:
    """The regular files under `directory` whose names end in `suffix`, relative to it, sorted.

    Walks by file descriptor without following links; links and other non-regular entries are
    left out (reading one goes through `read_box_file`, which refuses them anyway)."""
    found: list[str] = []
    for root, _, files, root_fd in os.fwalk(directory, follow_symlinks=False):
        for name in files:
            if not name.endswith(suffix):
                continue
            with contextlib.suppress(OSError):
                if stat.S_ISREG(os.stat(name, dir_fd=root_fd, follow_symlinks=False).st_mode):
                    found.append(str(Path(root, name).relative_to(directory)))
    return sorted(found)
