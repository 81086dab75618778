"""Each box keeps one network namespace of its own for all its runs (`sandbox/netns.py`): runs
of one box share it, other boxes and the host do not, no box can reach another's abstract
Unix sockets, nothing a run listened on outlives it, and the namespace's descriptor never
reaches the box."""

from __future__ import annotations

import os
import threading
import time
import uuid

import pytest

from assay.core.types import Limits, RunStatus
from assay.sandbox import RunRequest, RunResult
from assay.sandbox.pool import Slot

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(120)]

PYTHON = "/usr/bin/python3"
LIMITS = Limits(cpu_time_s=5.0, wall_time_s=30.0)

LISTEN = """
import socket, sys, time
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind("\\0" + sys.argv[1])
server.listen()
print("listening", flush=True)
time.sleep(float(sys.argv[2]))
"""

CONNECT = """
import socket, sys
client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    client.connect("\\0" + sys.argv[1])
    print("connected")
except OSError as error:
    print("refused", type(error).__name__)
"""

# A listener in the background of the run, and a connection to it from the same run: the
# control that shows the connect script can succeed.
LISTEN_AND_CONNECT = f"""
import subprocess, sys, time
listener = subprocess.Popen([sys.executable, "-c", {LISTEN!r}, sys.argv[1], "5"],
                            stdout=subprocess.PIPE)
listener.stdout.readline()
subprocess.run([sys.executable, "-c", {CONNECT!r}, sys.argv[1]])
"""

# Leaves a listener running when the run's own process exits.
LEAVE_A_LISTENER = f"""
import subprocess, sys
listener = subprocess.Popen([sys.executable, "-c", {LISTEN!r}, sys.argv[1], "30"],
                            stdout=subprocess.PIPE, start_new_session=True)
listener.stdout.readline()
"""


def _python(code: str, *args: str) -> RunRequest:
    return RunRequest(argv=[PYTHON, "-c", code, *args], limits=LIMITS)


def _namespace(result: RunResult) -> str:
    assert result.status == RunStatus.OK, result
    return result.stdout.decode().strip()


def test_a_box_keeps_one_namespace_of_its_own(slot: Slot) -> None:
    read = RunRequest(argv=["/usr/bin/readlink", "/proc/self/ns/net"])
    first, second = (_namespace(slot.main.run(read)) for _ in range(2))
    beside = _namespace(slot.helper.run(read))
    assert first.startswith("net:[")
    assert first == second, "two runs of one box in different namespaces"
    assert beside != first, "two boxes share a network namespace"
    assert first != os.readlink("/proc/self/ns/net"), "the box is in the host's namespace"


def test_the_namespace_descriptor_does_not_reach_the_box(slot: Slot) -> None:
    code = "import os; print(' '.join(sorted(os.listdir('/proc/self/fd'))))"
    result = slot.main.run(_python(code))
    assert result.status == RunStatus.OK, result
    # stdin, stdout, stderr, and the descriptor of the listing itself.
    assert result.stdout.split() == [b"0", b"1", b"2", b"3"], result.stdout


def test_one_box_cannot_reach_anothers_abstract_socket(slot: Slot) -> None:
    name = f"assay-netns-{uuid.uuid4().hex}"
    control = slot.main.run(_python(LISTEN_AND_CONNECT, name))
    assert control.stdout.strip() == b"connected", control
    listening: list[RunResult] = []
    listener = threading.Thread(
        target=lambda: listening.append(slot.main.run(_python(LISTEN, name, "3")))
    )
    listener.start()
    try:
        time.sleep(1.0)  # the listener is up well before it ends
        attempt = slot.helper.run(_python(CONNECT, name))
    finally:
        listener.join()
    assert listening[0].stdout.strip() == b"listening", listening
    assert attempt.stdout.startswith(b"refused"), attempt


def test_nothing_a_run_listened_on_outlives_it(slot: Slot) -> None:
    name = f"assay-netns-{uuid.uuid4().hex}"
    left = slot.main.run(_python(LEAVE_A_LISTENER, name))
    assert left.status == RunStatus.OK, left
    after = slot.main.run(_python(CONNECT, name))
    assert after.stdout.startswith(b"refused"), after
