"""Resident boxes: the runs of one program on many inputs (a submission's tests) share a box
whose PID 1, the agent (sandbox/agent.c), starts each run as a fresh process. Whatever a run
leaves (processes, files in the box's writable places, System V IPC objects) is gone before
the next one starts, each run is measured on its own, and a box whose agent fails gives way
to a fresh box without losing the run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from assay.core.types import Limits, RunStatus
from assay.sandbox import RunRequest, RunResult, SandboxPool
from assay.sandbox.pool import Slot
from assay.sandbox.resident import AgentReply, parse_reply, shape_of

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(120)]

# Reports what it finds of earlier runs, then leaves all it can behind it.
LEAVER_PY = r"""
import ctypes, json, os, sys, time

libc = ctypes.CDLL(None, use_errno=True)
IPC_PRIVATE, IPC_CREAT = 0, 0o1000

def listed(directory):
    try:
        return sorted(os.listdir(directory))
    except OSError as error:
        return [repr(error)]

def ipc_objects(kind):
    with open(f"/proc/sysvipc/{kind}") as handle:
        return len(handle.read().splitlines()) - 1

me = os.getpid()
others = sorted(int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, me))
found = {
    "tmp": listed("/tmp"), "dev_shm": listed("/dev/shm"), "work": listed("/work"),
    "processes": others,
    "shm": ipc_objects("shm"), "msg": ipc_objects("msg"), "sem": ipc_objects("sem"),
    "input": sys.stdin.read(),
}
print(json.dumps(found), flush=True)

os.makedirs("/tmp/nested/deeper")
open("/tmp/nested/deeper/file", "w").write("left")
os.chmod("/tmp/nested/deeper", 0)
os.chmod("/tmp/nested", 0)
open("/tmp/.hidden", "w").write("left")
open("/dev/shm/segment", "w").write("left")
os.symlink("/etc/passwd", "/tmp/link")
assert libc.shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0o600) >= 0
assert libc.msgget(IPC_PRIVATE, IPC_CREAT | 0o600) >= 0
assert libc.semget(IPC_PRIVATE, 2, IPC_CREAT | 0o600) >= 0
if os.fork() == 0:  # a daemon in a session of its own, its output closed
    os.setsid()
    for fd in (0, 1, 2):
        os.close(fd)
    time.sleep(1000)
    os._exit(0)
if os.fork() == 0:  # a child that keeps the run's stdout open
    time.sleep(1000)
    os._exit(0)
"""


@pytest.fixture
def slot(slot: Slot) -> Slot:
    """The real pool's slot; these tests need its resident boxes (cgroup v2 hosts before kernel
    6.12 have none: every run gets a fresh box there)."""
    if slot.main.fresh_reason is not None:
        pytest.skip(f"no resident boxes here: {slot.main.fresh_reason}")
    return slot


@pytest.fixture
def prog_dir() -> Iterator[Path]:
    """A host directory the sandbox user can read (pytest's tmp dirs are 0700 root)."""
    directory = Path(tempfile.mkdtemp(prefix="assay-resident-", dir="/var/tmp"))
    directory.chmod(0o755)
    (directory / "leaver.py").write_text(LEAVER_PY)
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


LIMITS = Limits(cpu_time_s=5.0, wall_time_s=20.0, processes=16)


def _requests(
    argv: Sequence[str],
    inputs: Sequence[bytes],
    limits: Limits = LIMITS,
    binds: Sequence[tuple[Path, str]] = (),
) -> list[RunRequest]:
    return [
        RunRequest(argv=argv, stdin=data, limits=limits, readonly_binds=binds) for data in inputs
    ]


def _run_all(slot: Slot, requests: Sequence[RunRequest]) -> list[tuple[RunResult, object]]:
    """Run `requests` as a submission's tests are run; each result with the resident box that
    was up after it (None once the sequence ended)."""
    results: list[tuple[RunResult, object]] = []
    for index, request in enumerate(requests):
        then = requests[index + 1] if index + 1 < len(requests) else None
        result = slot.run(request, then)
        results.append((result, slot.main.resident))
    return results


def test_nothing_a_run_leaves_reaches_the_next(slot: Slot, prog_dir: Path) -> None:
    requests = _requests(
        ["python3", "/prog/leaver.py"],
        [f"input {n}\n".encode() for n in range(4)],
        binds=[(prog_dir, "/prog")],
    )
    runs = _run_all(slot, requests)
    boxes = {id(box) for _, box in runs[:-1]}
    assert len(boxes) == 1 and None not in boxes, "the runs did not share one resident box"
    assert runs[-1][1] is None, "the box outlived the last run"
    for number, (result, _) in enumerate(runs):
        assert result.status == RunStatus.OK, (number, result)
        found = json.loads(result.stdout)
        assert found == {
            "tmp": [],
            "dev_shm": [],
            "work": [],
            "processes": [],
            "shm": 0,
            "msg": 0,
            "sem": 0,
            "input": f"input {number}\n",
        }, (number, found)


def test_runs_are_measured_one_by_one(slot: Slot) -> None:
    """A run's CPU time and peak memory are its own, not the box's so far."""
    heavy = (
        "import time\nblock = bytearray(96 << 20)\n"
        "end = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
    )
    light = "print(1)\n"
    requests = _requests(["python3", "-c", heavy], [b""]) + _requests(
        ["python3", "-c", light], [b""]
    )
    # Different programs do not share a box; the same program twice does:
    requests = [requests[0], requests[0], requests[1]]
    first, second, third = (result for result, _ in _run_all(slot, requests))
    for result in (first, second):
        assert result.status == RunStatus.OK, result
        assert result.usage.memory_kib > 90 * 1024, result
        assert 0.25 < result.usage.cpu_time_s < 1.0, result
    assert third.usage.memory_kib < 48 * 1024, third
    assert third.usage.cpu_time_s < 0.2, third


def test_limits_end_a_run_and_the_box_serves_the_next(slot: Slot) -> None:
    """A run killed for CPU time, one for wall time (with a fork bomb), one out of memory: each
    gets its verdict, and the same box then runs a program normally."""
    program = (
        "import os, sys, time\nwhat = sys.stdin.read().strip()\n"
        "if what == 'spin':\n    while True: pass\n"
        "if what == 'bomb':\n"
        "    for _ in range(64):\n"
        "        try:\n            os.fork()\n        except OSError:\n            pass\n"
        "    time.sleep(100)\n"
        "if what == 'eat':\n    block = bytearray(512 << 20)\n"
        "print('fine', what)\n"
    )
    limits = Limits(cpu_time_s=0.5, wall_time_s=1.5, memory_kib=128 * 1024, processes=32)
    inputs = [b"spin", b"bomb", b"eat", b"calm"]
    requests = _requests(["python3", "-c", program], inputs, limits=limits)
    runs = _run_all(slot, requests)
    assert len({id(box) for _, box in runs[:-1]}) == 1
    statuses = [result.status for result, _ in runs]
    assert statuses == [
        RunStatus.TIME_LIMIT,
        RunStatus.TIME_LIMIT,
        RunStatus.MEMORY_LIMIT,
        RunStatus.OK,
    ], [(r.status, r.message) for r, _ in runs]
    assert runs[-1][0].stdout == b"fine calm\n"


def test_a_box_whose_agent_died_gives_way_to_a_fresh_one(slot: Slot) -> None:
    """The agent killed from outside between two runs: the next run is done in a fresh box
    (its result is the program's, not a fault), and the runs after it get a resident box again."""
    requests = _requests(["/bin/cat"], [b"one", b"two", b"three"])
    first = slot.run(requests[0], requests[1])
    resident = slot.main.resident
    assert first.status == RunStatus.OK and resident is not None
    assert resident.box_pid is not None
    os.kill(resident.box_pid, signal.SIGKILL)
    second = slot.run(requests[1], requests[2])
    assert (second.status, second.stdout) == (RunStatus.OK, b"two"), second
    assert slot.main.resident is not resident
    third = slot.run(requests[2])
    assert (third.status, third.stdout) == (RunStatus.OK, b"three"), third


def test_the_program_cannot_reach_the_agent(slot: Slot) -> None:
    """The agent is PID 1 of the box and not dumpable: the program can neither signal it (a
    namespace's init ignores what it has no handler for) nor open its /proc entries."""
    program = (
        "import os, signal\nout = []\n"
        "for path in ('/proc/1/mem', '/proc/1/environ', '/proc/1/fd/0', '/proc/1/root/etc'):\n"
        "    try:\n        open(path, 'rb').close(); out.append('opened ' + path)\n"
        "    except OSError as error:\n        out.append(type(error).__name__)\n"
        "for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGSTOP):\n"
        "    try:\n        os.kill(1, sig); out.append('sent')\n"
        "    except OSError as error:\n        out.append(type(error).__name__)\n"
        "print(' '.join(out))\n"
    )
    requests = _requests(["python3", "-c", program], [b"", b"", b""])
    runs = _run_all(slot, requests)
    for result, _ in runs:
        assert result.status == RunStatus.OK, result
        assert b"opened" not in result.stdout, result.stdout
    # Signals "sent" to PID 1 were dropped: the same box served every run.
    assert runs[0][1] is not None and runs[0][1] is runs[1][1]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"exit 0 clean", AgentReply(exit_code=0, signal=None, clean=True)),
        (b"exit 3 dirty", AgentReply(exit_code=3, signal=None, clean=False)),
        (b"signal 9 clean", AgentReply(exit_code=None, signal=9, clean=True)),
        (b"error fork: Resource temporarily unavailable", None),
        (b"exit -1 clean", None),
        (b"exit", None),
        (b"", None),
    ],
)
def test_the_agents_reply_is_read_strictly(data: bytes, expected: AgentReply | None) -> None:
    assert parse_reply(data) == expected


def test_only_runs_that_leave_no_host_state_share_a_box() -> None:
    """A resident box serves requests equal in all but their stdin; a run that writes a host
    directory or gets files in /work first always has a fresh box."""
    run = RunRequest(argv=["/prog/main"], stdin=b"1 2\n", readonly_binds=[(Path("/x"), "/prog")])
    assert shape_of(run) == shape_of(
        RunRequest(
            argv=["/prog/main"], stdin=Path("/t/2.in"), readonly_binds=[(Path("/x"), "/prog")]
        )
    )
    assert shape_of(run) != shape_of(RunRequest(argv=["/prog/other"], stdin=b"1 2\n"))
    assert shape_of(RunRequest(argv=["cc"], work_dir=Path("/build"))) is None
    assert shape_of(RunRequest(argv=["v"], readwrite_binds=[(Path("/f"), "/feedback")])) is None
    assert shape_of(RunRequest(argv=["v"], files={"in": b"x"})) is None


def test_resident_boxes_work_with_a_cache_the_sandbox_user_cannot_reach(tmp_path: Path) -> None:
    """The agent is compiled into the judge's cache, which may sit below directories only root
    can enter (pytest's tmp_path does): each box gets a copy of it, so runs still share one."""
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    pool = SandboxPool(1, launcher_dir=private / "cache")
    if pool.slots[0].main.fresh_reason is not None:
        pytest.skip(f"no resident boxes here: {pool.slots[0].main.fresh_reason}")
    with pool.slot() as slot:
        requests = _requests(["/bin/cat"], [b"a", b"b", b"c"])
        runs = _run_all(slot, requests)
    assert [(result.status, result.stdout) for result, _ in runs] == [
        (RunStatus.OK, b"a"),
        (RunStatus.OK, b"b"),
        (RunStatus.OK, b"c"),
    ]
    assert runs[0][1] is not None and runs[0][1] is runs[1][1], "no resident box was used"


def test_the_pool_says_whether_runs_share_boxes(tmp_path: Path) -> None:
    """`assay selftest` prints it: an operator sees when the fast path is off, and why."""
    cache = tmp_path / "cache"
    assert SandboxPool(1, launcher_dir=cache, resident_boxes=False).boxes_mode() == (
        "a fresh box per run (resident boxes were turned off)"
    )
    pool = SandboxPool(1, launcher_dir=cache)
    expected = "resident" if pool.slots[0].main.fresh_reason is None else "a fresh box per run"
    assert pool.boxes_mode().startswith(expected)
