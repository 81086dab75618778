"""A box's own network namespace, made once and re-entered by each of its runs.

bwrap's `--unshare-net` makes a namespace per run, and the kernel tears each one down in a
worker thread afterwards: about 0.5 ms of machine CPU per run (docs/benchmarks.md). A box runs
one payload at a time (a held box waits before its payload), so one namespace per box keeps
runs apart just as well: two boxes never share one, so a program cannot reach another box's
loopback or abstract Unix sockets, and whatever a run listened on dies with its processes.
Root makes it, outside any user namespace of the box, so the payload cannot reconfigure it.
It holds only `lo`, down: the seccomp filter allows no socket but AF_UNIX anyway.
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading

log = logging.getLogger(__name__)

CLONE_NEWNET = 0x40000000


def empty_network_namespace() -> int | None:
    """A descriptor of a new, empty network namespace; None where it cannot be made (each run
    then gets bwrap's own)."""
    made: list[int] = []
    errors: list[OSError] = []

    def make() -> None:
        # unshare() moves only the calling thread: a thread of its own, which then ends.
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.unshare(CLONE_NEWNET) != 0:
                errno = ctypes.get_errno()
                raise OSError(errno, f"unshare(CLONE_NEWNET): {os.strerror(errno)}")
            made.append(os.open("/proc/thread-self/ns/net", os.O_RDONLY | os.O_CLOEXEC))
        except OSError as error:
            errors.append(error)

    thread = threading.Thread(target=make, name="assay-netns")
    thread.start()
    thread.join()
    if errors:
        log.warning("each run gets its own network namespace: %s", errors[0])
        return None
    return made[0]
