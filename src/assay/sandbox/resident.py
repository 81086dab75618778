"""A resident box: bwrap sets the box up once and its PID 1, the agent (`agent.c`), runs one
run after another in it, each a fresh process given its own stdin, stdout and stderr. Between
runs the agent kills and reaps every process of the box, empties its writable places (/tmp,
/work, /dev/shm) and removes System V IPC objects, so a run finds the box as the first run did.
The tests of one submission pay the box's set-up and teardown once instead of per test."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass, replace

from assay.sandbox.box_io import StartedBox
from assay.sandbox.types import RunRequest

REQUEST = b"R"
REPLY_BYTES = 256


@dataclass(frozen=True, slots=True)
class AgentReply:
    """How a run's process ended, and whether the box came back to its first state."""

    exit_code: int | None
    signal: int | None
    clean: bool


def parse_reply(data: bytes) -> AgentReply | None:
    """The agent's "exit N clean" or "signal N dirty"; None for an error or anything else."""
    match data.decode(errors="replace").split():
        case ["exit", code, state] if code.isdigit():
            return AgentReply(exit_code=int(code), signal=None, clean=state == "clean")
        case ["signal", number, state] if number.isdigit():
            return AgentReply(exit_code=None, signal=int(number), clean=state == "clean")
    return None


def shape_of(request: RunRequest) -> RunRequest | None:
    """What a run shares with every other run of its resident box: all of the request but its
    stdin. None for a run no resident box takes: one that writes a host directory (a compile)
    or has files written into /work first (the agent empties /work between runs)."""
    if request.files or request.work_dir is not None or request.readwrite_binds:
        return None
    return replace(request, stdin=b"")


@contextlib.contextmanager
def control_pair() -> Iterator[tuple[socket.socket, socket.socket]]:
    """The judge's end and the agent's end of a box's control socket (the agent's end is
    inherited by bwrap and closed here once bwrap has it)."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    try:
        yield ours, theirs
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()


class ResidentBox:
    """A started box whose PID 1 is the agent, and the judge's end of its control socket."""

    def __init__(self, shape: RunRequest, started: StartedBox, control: socket.socket) -> None:
        self.shape = shape
        self.started = started
        self.control = control
        self.box_pid: int | None = None  # the agent's host pid, once bwrap has said it
        self.reusable = True  # False once a run left something the agent could not remove

    def send(self, stdin_fd: int, stdout_fd: int, stderr_fd: int) -> None:
        """Start a run (OSError when the agent is gone)."""
        socket.send_fds(self.control, [REQUEST], [stdin_fd, stdout_fd, stderr_fd])

    def close(self) -> None:
        self.control.close()
        self.started.close()
