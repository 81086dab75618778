"""Hostile programs, each judged through the real sandbox and followed by a normal AC run.

Every test here uses the `then_still_accepted` fixture: after the hostile program, no process of
the sandbox user may be left and a known-good program must still be accepted. Probes that try
to break out exit with status 42 when everything they tried failed as it should ("contained"),
and print what they got (and exit 0) when something worked: the verdict is then RE "exit code 42"
for a contained probe and WA for a breach.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pyseccomp
import pytest
from sandbox_support import (
    SUM_PROBLEM_DIR,
    JudgeFn,
    assert_bomb_stopped,
    assert_tle,
    describe,
    judge_source,
    with_memory,
)

from assay.core.types import JudgeResult, Verdict
from assay.judge.pipeline import JudgeEnvironment
from assay.languages import Registry
from assay.problems.model import Problem
from assay.sandbox import box_io
from assay.sandbox.pool import SANDBOX_USER

pytestmark = [
    pytest.mark.sandbox,
    pytest.mark.timeout(120),
    pytest.mark.usefixtures("then_still_accepted"),
]

CONTAINED = "exit code 42"
# Programs that only a time limit stops run with 0.5 s (JudgeOptions.time_limit_s) to stay short.
LIMIT_S = 0.5
QUICK_COMPILE_CPU_S = 1.0
QUICK_COMPILE_WALL_S = 2.0
QUICK_COMPILE_MEMORY_KIB = 384 * 1024


def only_test(result: JudgeResult) -> tuple[Verdict, str]:
    """The verdict and message of the (first and only failing) sample test."""
    assert result.tests, describe(result)
    return result.tests[0].verdict, result.tests[0].message


# ---------------------------------------------------------------------------------------------
# Processes and threads


FORK_BOMB_C = r"""
#include <unistd.h>
int main(void) {
    for (;;) fork();
}
"""

FORK_BOMB_PY = r"""
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
"""

THREAD_BOMB_C = r"""
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static void *idle(void *unused) {
    for (;;) pause();
    return unused;
}

int main(void) {
    pthread_t thread;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    long created = 0;
    while (pthread_create(&thread, &attr, idle, NULL) == 0) created++;
    printf("%ld threads\n", created);
    fflush(stdout);
    for (;;) pthread_create(&thread, &attr, idle, NULL);  /* keep trying, forever */
}
"""


def test_fork_bomb_c(run_judge: JudgeFn) -> None:
    assert_bomb_stopped(run_judge(FORK_BOMB_C, "c", time_limit_s=LIMIT_S), LIMIT_S)


def test_fork_bomb_python(run_judge: JudgeFn) -> None:
    assert_bomb_stopped(run_judge(FORK_BOMB_PY, "python3", time_limit_s=LIMIT_S), LIMIT_S)


def test_thread_bomb(run_judge: JudgeFn) -> None:
    result = run_judge(THREAD_BOMB_C, "c", time_limit_s=LIMIT_S)
    assert_tle(result, LIMIT_S)
    output = result.tests[0].actual_output or ""
    created = int(output.split()[0])
    # pids.max counts every thread of the box (and bwrap's PID 1): the default limit is 64.
    assert 0 < created <= 64, output


CPU_IN_TWO_PROCESSES_C = r"""
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Each process alone stays under the 0.5 s limit; together they use 0.7 s of CPU. */
static void burn(double seconds) {
    struct timespec now;
    volatile unsigned long spin = 0;
    do {
        for (int i = 0; i < 100000; i++) spin++;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    } while (now.tv_sec + now.tv_nsec / 1e9 < seconds);
}

int main(void) {
    long long n, x, sum = 0;
    if (scanf("%lld", &n) != 1) return 1;
    for (long long i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1) return 1;
        sum += x;
    }
    pid_t child = fork();
    burn(0.35);
    if (child == 0) return 0;
    waitpid(child, NULL, 0);
    printf("%lld\n", sum);
    return 0;
}
"""

CPU_BURN_TWO_PROCESSES_PY = r"""
import os
os.fork()
while True:
    pass
"""


def test_cpu_of_all_processes_counts(run_judge: JudgeFn) -> None:
    """Two processes at 0.35 s each: per-process accounting (or RLIMIT_CPU) would accept it."""
    # (tests/sandbox/test_box.py checks the CPU total with a wall limit no load can reach.)
    assert_tle(run_judge(CPU_IN_TWO_PROCESSES_C, "c", time_limit_s=LIMIT_S), LIMIT_S)


def test_cpu_burn_in_two_processes(run_judge: JudgeFn) -> None:
    # At the CPU limit the total over both processes is measured, not one process's half.
    assert_tle(run_judge(CPU_BURN_TWO_PROCESSES_PY, "python3", time_limit_s=LIMIT_S), LIMIT_S)


# ---------------------------------------------------------------------------------------------
# Wall time


SLEEP_PY = r"""
import time
time.sleep(60)
"""

BLOCKING_READ_C = r"""
#include <unistd.h>
int main(void) {
    int ends[2];
    char byte;
    if (pipe(ends) != 0) return 1;
    return (int)read(ends[0], &byte, 1);  /* nobody ever writes: blocks forever */
}
"""

STDIN_WAIT_PY = r"""
import sys
sys.stdin.read()
import select
select.select([], [], [])  # wait for nothing, forever
"""


@pytest.mark.parametrize(
    ("source", "language"),
    [
        pytest.param(SLEEP_PY, "python3", id="sleep"),
        pytest.param(BLOCKING_READ_C, "c", id="blocking-read"),
        pytest.param(STDIN_WAIT_PY, "python3", id="select-forever"),
    ],
)
def test_idle_program_hits_the_wall_limit(run_judge: JudgeFn, source: str, language: str) -> None:
    # A 0.25 s limit keeps the wall limit (over limit + 1 s, at most 2 * limit + 1) short.
    result = run_judge(source, language, time_limit_s=0.25)
    verdict, message = only_test(result)
    assert verdict == Verdict.TLE, describe(result)
    assert message == "wall time limit"
    test = result.tests[0]
    assert 1.25 <= test.wall_time_s < 2.5
    assert test.cpu_time_s < 0.25


# ---------------------------------------------------------------------------------------------
# Memory


MEMORY_BOMB_C = r"""
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Four processes, each allocating and touching memory forever: the box's total is limited. */
int main(void) {
    fork();
    fork();
    for (;;) {
        char *block = malloc(1 << 20);
        if (block != NULL) memset(block, 7, 1 << 20);
    }
}
"""

MEMORY_BOMB_PY = r"""
hog = b"x" * (1 << 30)  # 1 GiB in one go
print(len(hog))
"""

MEMORY_BOMB_JAVA = r"""
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

public class Main {
    public static void main(String[] args) {
        // Off the Java heap: direct buffers escape -Xmx but not the box's memory limit.
        List<ByteBuffer> blocks = new ArrayList<>();
        while (true) {
            ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
            for (int i = 0; i < block.capacity(); i += 4096) block.put(i, (byte) 1);
            blocks.add(block);
        }
    }
}
"""


@pytest.mark.parametrize(
    ("source", "language"),
    [
        pytest.param(MEMORY_BOMB_C, "c", id="c"),
        pytest.param(MEMORY_BOMB_PY, "python3", id="python3"),
        pytest.param(MEMORY_BOMB_JAVA, "java", id="java"),
    ],
)
def test_memory_bomb(
    run_judge: JudgeFn,
    judge_env: JudgeEnvironment,
    sum_problem: Problem,
    source: str,
    language: str,
) -> None:
    result = run_judge(source, language)
    verdict, _ = only_test(result)
    assert verdict == Verdict.MLE, describe(result)
    runtime_kib = judge_env.registry.get(language).runtime_memory_kib
    limit_kib = sum_problem.limits.memory_mib * 1024 + runtime_kib
    assert result.tests[0].memory_kib <= limit_kib + 4 * 1024, describe(result)


DEEP_RECURSION_CPP = r"""
#include <iostream>

// Not a tail call: about 100 bytes of stack per level, 10^6 levels (~100 MiB of stack).
long long depth(long long n) {
    volatile long long pad[8];
    pad[0] = n;
    if (n == 0) return 0;
    return depth(n - 1) + (pad[0] & 1) + pad[7] * 0;
}

int main() {
    long long n, x, sum = 0;
    std::cin >> n;
    for (long long i = 0; i < n; i++) {
        std::cin >> x;
        sum += x;
    }
    const long long levels = 1000000;
    if (depth(levels) != levels / 2) return 3;
    std::cout << sum << "\n";
}
"""


def test_deep_legal_recursion_passes(run_judge: JudgeFn, sum_problem: Problem) -> None:
    """Stack limit = memory limit, as Kattis and DOMjudge: 8 MiB would crash this."""
    result = run_judge(DEEP_RECURSION_CPP, "cpp", problem=with_memory(sum_problem, 256))
    assert result.verdict == Verdict.AC, describe(result)
    assert result.max_memory_kib > 64 * 1024  # the stack really was that deep


# ---------------------------------------------------------------------------------------------
# Output


STDOUT_FLOOD_C = r"""
#include <string.h>
#include <unistd.h>
int main(void) {
    char line[4096];
    memset(line, 'y', sizeof line);
    fork();  /* two writers */
    for (;;) write(1, line, sizeof line);
}
"""

STDERR_FLOOD_C = r"""
#include <string.h>
#include <unistd.h>
int main(void) {
    char line[4096];
    memset(line, 'e', sizeof line);
    for (;;) write(2, line, sizeof line);
}
"""


def test_stdout_flood(run_judge: JudgeFn) -> None:
    """Two processes writing for ever: output past the cap is discarded (never buffered), and
    the time limit ends it (as DOMjudge has it; a sandbox that kills at the cap gives OLE)."""
    result = run_judge(STDOUT_FLOOD_C, "c", time_limit_s=LIMIT_S)
    verdict, _ = only_test(result)
    assert verdict in (Verdict.TLE, Verdict.OLE), describe(result)
    if verdict == Verdict.TLE:
        assert_tle(result, LIMIT_S)


def test_stderr_flood(run_judge: JudgeFn) -> None:
    result = run_judge(STDERR_FLOOD_C, "c", time_limit_s=LIMIT_S)
    verdict, _ = only_test(result)
    assert verdict in (Verdict.TLE, Verdict.OLE), describe(result)
    if verdict == Verdict.TLE:
        assert_tle(result, LIMIT_S)


@pytest.mark.parametrize(("fd", "stream"), [(1, "stdout"), (2, "stderr")])
def test_output_past_the_cap_then_exit(run_judge: JudgeFn, fd: int, stream: str) -> None:
    source = f"""
import os
block = b"z" * 65536
for _ in range(64):  # 4 MiB: past the stdout (1 MiB) and stderr caps
    os.write({fd}, block)
"""
    result = run_judge(source, "python3")
    verdict, message = only_test(result)
    assert verdict == Verdict.OLE, describe(result)
    assert message.startswith(f"{stream} passed")


FILE_FLOOD_C = r"""
#include <stdio.h>
#include <string.h>

/* Writes up to 4 GiB into DIRECTORY, in files of FILE_MIB MiB: never reaches the host's disk. */
int main(void) {
    static char block[1 << 20];
    memset(block, 'f', sizeof block);
    for (int written_mib = 0; written_mib < 4096;) {
        char name[64];
        snprintf(name, sizeof name, "DIRECTORY/flood-%d.bin", written_mib);
        FILE *file = fopen(name, "w");
        if (file == NULL) return 42;
        for (int i = 0; i < FILE_MIB; i++, written_mib++) {
            if (fwrite(block, 1, sizeof block, file) != sizeof block) return 42;
            if (fflush(file) != 0) return 42;
        }
        if (fclose(file) != 0) return 42;
    }
    puts("wrote 4 GiB");
    return 0;
}
"""


@pytest.mark.parametrize(
    ("directory", "file_mib", "memory_mib", "verdict", "message"),
    [
        # One file: the file size rlimit (SIGXFSZ).
        pytest.param("/tmp", 4096, 256, Verdict.OLE, "file size limit", id="one-file"),
        # Many files: /tmp is a tmpfs of a bounded size; a write fails (exit 42).
        pytest.param("/tmp", 16, 1024, Verdict.RE, CONTAINED, id="tmp-full"),
        # The problem does not allow file writing: /work is read-only (exit 42).
        pytest.param("/work", 16, 1024, Verdict.RE, CONTAINED, id="work-read-only"),
        # tmpfs pages are charged to the box's memory: with a low limit, memory runs out first.
        pytest.param("/tmp", 16, 64, Verdict.MLE, None, id="tmp-memory"),
        # /dev/shm is a tmpfs of the same bounded size (exit 42).
        pytest.param("/dev/shm", 16, 1024, Verdict.RE, CONTAINED, id="dev-shm-full"),
        pytest.param("/dev/shm", 16, 64, Verdict.MLE, None, id="dev-shm-memory"),
    ],
)
def test_file_flood(
    run_judge: JudgeFn,
    sum_problem: Problem,
    directory: str,
    file_mib: int,
    memory_mib: int,
    verdict: Verdict,
    message: str | None,
) -> None:
    host_free = {path: shutil.disk_usage(path).free for path in ("/", "/tmp", "/work", "/dev/shm")}
    source = FILE_FLOOD_C.replace("DIRECTORY", directory).replace("FILE_MIB", str(file_mib))
    result = run_judge(source, "c", problem=with_memory(sum_problem, memory_mib))
    if verdict is Verdict.MLE and only_test(result)[0] is Verdict.TLE:
        # Faulting in ~1 GiB of pages costs seconds of system time on a virtualised host with
        # slow page faults (seen here: 1.1 s), so the CPU limit may stop the flood first, or
        # the wall limit when the other core is busy too (seen with two test workers).
        assert only_test(result)[1] in ("CPU time limit", "wall time limit"), describe(result)
    else:
        assert only_test(result)[0] == verdict, describe(result)
    if message is not None:
        assert only_test(result)[1] == message, describe(result)
    for path, free in host_free.items():
        # Far less than the 4 GiB the program tried to write (others may use the disk meanwhile).
        assert shutil.disk_usage(path).free > free - (1 << 30), path


# ---------------------------------------------------------------------------------------------
# Network


CONNECT_PY = r"""
import socket, sys
try:
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=2)
except OSError as error:
    print(f"connect failed: {error!r}", file=sys.stderr)
    sys.exit(42)
connection.sendall(b"escaped")
print("connected to the host")
"""

CONNECT_C = r"""
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void) {
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons(PORT);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 42;
    if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) return 42;
    puts("connected to the host");
    return 0;
}
"""


@pytest.mark.parametrize(
    ("source", "language"),
    [pytest.param(CONNECT_PY, "python3", id="python3"), pytest.param(CONNECT_C, "c", id="c")],
)
def test_cannot_reach_a_host_listener(run_judge: JudgeFn, source: str, language: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        result = run_judge(source.replace("PORT", str(port)), language)
        verdict, message = only_test(result)
        assert (verdict, message) == (Verdict.RE, CONTAINED), describe(result)
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            connection, peer = listener.accept()
            connection.close()
            pytest.fail(f"the listener saw a connection from {peer}")


# ---------------------------------------------------------------------------------------------
# Files


READ_FILE_PY = r"""
import os, sys
got = []
for path in FILES:
    try:
        with open(path, "rb") as handle:
            got.append((path, handle.read(200)))
    except OSError as error:
        print(f"{path}: {error!r}", file=sys.stderr)
for path in DIRECTORIES:
    try:
        got.append((path, os.listdir(path)))
    except OSError as error:
        print(f"{path}: {error!r}", file=sys.stderr)
if got:
    print(got)
    sys.exit(0)
sys.exit(42)
"""


def read_probe(files: list[str], directories: list[str]) -> str:
    return READ_FILE_PY.replace("FILES", repr(files)).replace("DIRECTORIES", repr(directories))


def test_cannot_read_etc_shadow(run_judge: JudgeFn) -> None:
    assert Path("/etc/shadow").exists()
    files = ["/etc/shadow", "/etc/gshadow", "/etc/passwd", "/root/.bash_history"]
    files += ["/proc/1/root/etc/shadow", "/proc/self/root/etc/shadow"]
    result = run_judge(read_probe(files, ["/root", "/home"]), "python3")
    assert only_test(result) == (Verdict.RE, CONTAINED), describe(result)


def test_cannot_read_the_test_data(run_judge: JudgeFn, sum_problem: Problem) -> None:
    """Only the current input, on stdin: no path of the package is there, secret or not."""
    secret = [case for case in sum_problem.tests if not case.is_sample]
    files = [str(case.answer_path.resolve()) for case in secret]
    files += [str(case.input_path.resolve()) for case in secret]
    files.append(str((SUM_PROBLEM_DIR / "problem.yaml").resolve()))
    assert all(Path(path).is_file() for path in files)
    directories = sorted({str(Path(path).parent) for path in files})
    directories += [str(SUM_PROBLEM_DIR.resolve()), "/work/main", str(Path.cwd())]
    result = run_judge(read_probe(files, directories), "python3")
    assert only_test(result) == (Verdict.RE, CONTAINED), describe(result)


WRITE_OUTSIDE_PY = r"""
import os, sys
written = []
for path in PATHS:
    try:
        with open(path, "w") as handle:
            handle.write("escaped")
        written.append(path)
    except OSError as error:
        print(f"{path}: {error!r}", file=sys.stderr)
for directory in ("/usr/assay-escape-dir", "/etc/assay-escape-dir"):
    try:
        os.mkdir(directory)
        written.append(directory)
    except OSError:
        pass
# Writing in the private /tmp and /dev/shm (tmpfs mounts of the box's own) is allowed.
for allowed in ("/tmp/ok.txt", "/dev/shm/ok.txt"):
    with open(allowed, "w") as handle:
        handle.write("fine")
if written:
    print("wrote", written)
    sys.exit(0)
sys.exit(42)
"""

OUTSIDE_PATHS = [
    "/work/assay-escape",  # the problem does not allow file writing: /work is read-only
    "/usr/assay-escape",
    "/assay-escape",
    "/etc/assay-escape",
    "/prog/assay-escape",  # the program's own (read-only) build directory
    "/prog/main.py",  # the program itself
    "/proc/sys/kernel/hostname",
    "/sys/assay-escape",
    "/dev/assay-escape",  # the box's /dev is read-only but for /dev/shm
]


def test_cannot_write_outside_work(run_judge: JudgeFn) -> None:
    result = run_judge(WRITE_OUTSIDE_PY.replace("PATHS", repr(OUTSIDE_PATHS)), "python3")
    assert only_test(result) == (Verdict.RE, CONTAINED), describe(result)
    host_paths = [
        "/usr/assay-escape",
        "/assay-escape",
        "/etc/assay-escape",
        "/etc/assay-escape-dir",
    ]
    host_paths.append("/dev/assay-escape")
    for path in host_paths:
        assert not Path(path).exists(), path


# ---------------------------------------------------------------------------------------------
# Signals and surviving processes


KILL_ALL_C = r"""
#include <signal.h>
#include <stdio.h>

int main(void) {
    long long n, x, sum = 0;
    kill(-1, SIGKILL);  /* everything this uid may signal, except itself and its PID 1 */
    if (scanf("%lld", &n) != 1) return 1;
    for (long long i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1) return 1;
        sum += x;
    }
    printf("%lld\n", sum);
    return 0;
}
"""


def test_kill_minus_one_stays_inside(run_judge: JudgeFn) -> None:
    """`kill -9 -1` as the sandbox uid reaches nothing outside the box's PID namespace."""
    # A process of the sandbox uid outside any box: the first thing kill(-1) would hit.
    same_uid = subprocess.Popen(
        ["setpriv", f"--reuid={SANDBOX_USER}", f"--regid={SANDBOX_USER}", "--clear-groups",
         "sleep", "60"]
    )  # fmt: skip
    root_sleeper = subprocess.Popen(["sleep", "60"])
    try:
        result = run_judge(KILL_ALL_C, "c")
        # The program itself (and the box's PID 1) survive too: it goes on and answers.
        assert result.verdict == Verdict.AC, describe(result)
        assert same_uid.poll() is None, "kill -9 -1 in the box killed a host process of its uid"
        assert root_sleeper.poll() is None, "kill -9 -1 in the box killed a host process"
        os.kill(os.getpid(), 0)
    finally:
        for process in (same_uid, root_sleeper):
            process.kill()
            process.wait()


DAEMON_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

/* Double fork and setsid: a daemon that keeps running (and holds stdout open) after main exits. */
int main(void) {
    long long n, x, sum = 0;
    if (scanf("%lld", &n) != 1) return 1;
    for (long long i = 0; i < n; i++) {
        if (scanf("%lld", &x) != 1) return 1;
        sum += x;
    }
    printf("%lld\n", sum);
    fflush(stdout);
    if (fork() == 0) {
        setsid();
        if (fork() == 0) {
            prctl(PR_SET_NAME, "assay-daemon");
            for (;;) sleep(1);
        }
        _exit(0);
    }
    return 0;
}
"""


def test_daemon_does_not_outlive_the_run(run_judge: JudgeFn) -> None:
    """`then_still_accepted` then scans /proc: no process of the sandbox user may be left."""
    started = time.monotonic()
    result = run_judge(DAEMON_C, "c")
    assert result.verdict == Verdict.AC, describe(result)
    # The judge did not wait for the daemon (which kept stdout open) until a time limit.
    assert max(t.wall_time_s for t in result.tests) < 1.5
    assert time.monotonic() - started < 10


def test_ignoring_termination_signals_does_not_help(run_judge: JudgeFn) -> None:
    """A program ignoring SIGTERM, SIGXCPU, SIGINT and SIGHUP is still stopped (SIGKILL)."""
    source = r"""
import signal
for name in ("SIGTERM", "SIGXCPU", "SIGINT", "SIGHUP"):
    signal.signal(getattr(signal, name), signal.SIG_IGN)
while True:
    pass
"""
    assert_tle(run_judge(source, "python3", time_limit_s=LIMIT_S), LIMIT_S)


def test_suspending_the_parent_does_not_stop_supervision(run_judge: JudgeFn) -> None:
    """SIGSTOP to the parent (the box's PID 1) neither stops the judge nor the limits."""
    source = r"""
import os, signal, time
os.kill(os.getppid(), signal.SIGSTOP)
signal.signal(signal.SIGTERM, signal.SIG_IGN)
time.sleep(30)
"""
    result = run_judge(source, "python3", time_limit_s=0.25)
    verdict, message = only_test(result)
    assert (verdict, message) == (Verdict.TLE, "wall time limit"), describe(result)


# ---------------------------------------------------------------------------------------------
# Compile-time bombs


DEV_RANDOM_C = r"""
#include "/dev/random"
int main(void) { return 0; }
"""

TEMPLATE_EXPLOSION_CPP = r"""
// Each L<T>::operator-> returns an L<T*>: `->` drills down without end, instantiating ever
// longer types, and every level adds an error naming its (longer) type.
template <class T> class L { L<T*> operator->(); };
L<int> i = i->
"""

# Exponentially many distinct instantiations: only the compile limits stop it.
TEMPLATE_EXPONENTIAL_CPP = r"""
template <class T, int N>
struct Boom {
    using Left = typename Boom<Boom<T, N - 1>, N - 1>::type;
    using Right = typename Boom<T*, N - 1>::type;
    using type = Boom<Left, N>;
};

template <class T>
struct Boom<T, 0> {
    using type = T;
};

int main() {
    Boom<int, 40>::type value;
    return sizeof value;
}
"""


def diagnostics_bomb_c() -> str:
    """Megabytes of diagnostics: 200,000 lines, each an error."""
    lines = ["int main(void) {"]
    lines += [f"    undeclared_{i} = {i};" for i in range(200_000)]
    lines.append("}")
    return "\n".join(lines) + "\n"


def assert_compile_error_truncated(
    result: JudgeResult, judge_env: JudgeEnvironment, language: str
) -> None:
    assert result.verdict == Verdict.CE, describe(result)
    assert result.tests == ()
    limit_kib = judge_env.registry.get(language).compile_limits.diagnostics_kib
    # The diagnostics cap, plus the notes the judge appends (truncated; why it stopped).
    assert len(result.compile_output) <= limit_kib * 1024 + 200, len(result.compile_output)


@pytest.fixture(scope="module")
def quick_compile_env(judge_env: JudgeEnvironment) -> JudgeEnvironment:
    """The same sandbox with lower compile limits (1 s CPU, 2 s wall, 384 MiB): a compiler
    that would run, allocate or print diagnostics for ever is stopped at a limit either way, just
    sooner. (With the real C/C++ limits of 20 s and 1 GiB these bombs take 5 to 20 s each.)"""
    languages = [
        replace(
            availability.language,
            compile_limits=replace(
                availability.language.compile_limits,
                cpu_time_s=QUICK_COMPILE_CPU_S,
                wall_time_s=QUICK_COMPILE_WALL_S,
                memory_kib=QUICK_COMPILE_MEMORY_KIB,
            ),
        )
        for availability in judge_env.registry.all()
    ]
    return JudgeEnvironment(
        pool=judge_env.pool, registry=Registry(languages), cache_dir=judge_env.cache_dir
    )


@pytest.mark.parametrize(
    ("source", "language"),
    [
        pytest.param(DEV_RANDOM_C, "c", id="include-dev-random"),
        pytest.param(TEMPLATE_EXPLOSION_CPP, "cpp", id="template-explosion"),
        pytest.param(TEMPLATE_EXPONENTIAL_CPP, "cpp", id="template-exponential"),
        pytest.param(diagnostics_bomb_c(), "c", id="megabytes-of-diagnostics"),
    ],
)
def test_compile_time_bomb(
    quick_compile_env: JudgeEnvironment, sum_problem: Problem, source: str, language: str
) -> None:
    started = time.monotonic()
    result = judge_source(quick_compile_env, sum_problem, source, language)
    elapsed_s = time.monotonic() - started
    assert_compile_error_truncated(result, quick_compile_env, language)
    why = (
        r"compilation took too long|the compiler ran out of memory"
        r"|the compiler's output was too large"
    )
    assert re.search(rf"\[({why})\]$", result.compile_output), result.compile_output[-500:]
    assert elapsed_s < QUICK_COMPILE_WALL_S + 5


# ---------------------------------------------------------------------------------------------
# Nested namespaces and the mount API


NAMESPACE_PROBE_C = r"""
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Every way to a nested namespace or a new mount: each must fail. Prints `name: errno-name`
   per attempt, `ESCAPED name` for one that worked; exits 42 when all failed. */
struct clone_args_v0 {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
};

static int escaped = 0;
static char child_stack[1 << 16];

static int mount_tmpfs(void *unused) {
    (void)unused;
    /* With full capabilities in a new user + mount namespace this would work. */
    return mount("none", "/tmp", "tmpfs", 0, NULL) == 0 ? 0 : 1;
}

static void report(const char *name, long result) {
    if (result >= 0) {
        printf("ESCAPED %s\n", name);
        escaped = 1;
    } else {
        printf("%s: %s\n", name, strerrorname_np(errno));
    }
    fflush(stdout);
}

/* Each attempt in a child of its own, so one that worked cannot change what the next sees. */
#define ATTEMPT(name, call)                                        \
    do {                                                           \
        pid_t attempt = fork();                                    \
        if (attempt == 0) {                                        \
            report(name, (long)(call));                            \
            _exit(escaped);                                        \
        }                                                          \
        int status = 0;                                            \
        if (attempt < 0 || waitpid(attempt, &status, 0) != attempt \
            || !WIFEXITED(status) || WEXITSTATUS(status) != 0)     \
            escaped = 1;                                           \
    } while (0)

static void try_clone(const char *name, int flags) {
    pid_t pid = clone(mount_tmpfs, child_stack + sizeof child_stack, flags | SIGCHLD, NULL);
    if (pid > 0) waitpid(pid, NULL, 0);
    report(name, pid);
}

static void try_clone3(const char *name, uint64_t flags) {
    struct clone_args_v0 args = {0};
    args.flags = flags;
    args.exit_signal = SIGCHLD;
    long pid = syscall(435, &args, sizeof args);
    if (pid == 0) _exit(mount_tmpfs(NULL));
    if (pid > 0) waitpid((pid_t)pid, NULL, 0);
    report(name, pid);
}

static void *thread_body(void *argument) { return argument; }

int main(void) {
    try_clone("clone(NEWUSER|NEWNS)", CLONE_NEWUSER | CLONE_NEWNS);
    try_clone("clone(NEWUSER)", CLONE_NEWUSER);
    try_clone("clone(NEWNS)", CLONE_NEWNS);
    try_clone("clone(NEWPID)", CLONE_NEWPID);
    try_clone("clone(NEWNET)", CLONE_NEWNET);
    try_clone("clone(NEWIPC)", CLONE_NEWIPC);
    try_clone("clone(NEWUTS)", CLONE_NEWUTS);
    try_clone("clone(NEWCGROUP)", CLONE_NEWCGROUP);
    try_clone3("clone3(NEWUSER|NEWNS)", CLONE_NEWUSER | CLONE_NEWNS);
    try_clone3("clone3()", 0);
    ATTEMPT("unshare(NEWUSER)", unshare(CLONE_NEWUSER));
    ATTEMPT("unshare(NEWNS)", unshare(CLONE_NEWNS));
    ATTEMPT("unshare(NEWTIME)", unshare(0x80));
    ATTEMPT("setns", setns(0, 0));
    ATTEMPT("mount", mount("none", "/tmp", "tmpfs", 0, NULL));
    ATTEMPT("fsopen", syscall(430, "tmpfs", 0));
    ATTEMPT("fsconfig", syscall(431, -1, 6, NULL, NULL, 0));
    ATTEMPT("fsmount", syscall(432, -1, 0, 0));
    ATTEMPT("fspick", syscall(433, AT_FDCWD, "/tmp", 0));
    ATTEMPT("move_mount", syscall(429, AT_FDCWD, "/tmp", AT_FDCWD, "/work", 0));
    ATTEMPT("open_tree", syscall(428, AT_FDCWD, "/tmp", 1 /* OPEN_TREE_CLONE */));
    ATTEMPT("mount_setattr", syscall(442, AT_FDCWD, "/tmp", 0, NULL, 0));
    ATTEMPT("open_tree_attr", syscall(467, AT_FDCWD, "/tmp", 1, NULL, 0));
    char params[120] = {0};
    ATTEMPT("io_uring_setup", syscall(425, 1, params));
    /* What must still work: threads (glibc falls back from clone3 to clone) and fork. */
    pthread_t thread;
    if (pthread_create(&thread, NULL, thread_body, NULL) != 0 || pthread_join(thread, NULL) != 0) {
        puts("pthread_create failed");
        return 1;
    }
    pid_t child = fork();
    if (child == 0) _exit(0);
    if (child < 0 || waitpid(child, NULL, 0) != child) {
        puts("fork failed");
        return 1;
    }
    puts("threads and fork work");
    return escaped ? 0 : 42;
}
"""

NAMESPACE_ATTEMPTS = [
    *(f"clone({flags})" for flags in ("NEWUSER|NEWNS", "NEWUSER", "NEWNS", "NEWPID", "NEWNET")),
    *(f"clone({flags})" for flags in ("NEWIPC", "NEWUTS", "NEWCGROUP")),
    "unshare(NEWUSER)",
    "unshare(NEWNS)",
    "unshare(NEWTIME)",
    "setns",
    "mount",
]
MOUNT_API = ["fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree"]
MOUNT_API += ["mount_setattr", "open_tree_attr"]


def probe_lines(result: JudgeResult) -> dict[str, str]:
    """`attempt: errno` of the probe's output (`ESCAPED` for an attempt that worked)."""
    lines: dict[str, str] = {}
    for line in (result.tests[0].actual_output or "").splitlines():
        if line.startswith("ESCAPED "):
            lines[line.removeprefix("ESCAPED ")] = "ESCAPED"
        elif ": " in line:
            name, _, error = line.partition(": ")
            lines[name] = error
    return lines


def test_no_nested_namespace_nor_mount(run_judge: JudgeFn) -> None:
    """clone/unshare into any new namespace, every call of the new mount API and io_uring are
    refused (seccomp: EPERM; clone3: ENOSYS, so glibc falls back to clone); threads still work."""
    result = run_judge(NAMESPACE_PROBE_C, "c")
    assert only_test(result) == (Verdict.RE, CONTAINED), describe(result)
    got = probe_lines(result)
    expected = dict.fromkeys([*NAMESPACE_ATTEMPTS, *MOUNT_API, "io_uring_setup"], "EPERM")
    expected |= {"clone3(NEWUSER|NEWNS)": "ENOSYS", "clone3()": "ENOSYS"}
    assert got == expected, result.tests[0].actual_output
    assert "threads and fork work" in (result.tests[0].actual_output or "")


def test_no_nested_user_namespace_even_without_seccomp(
    run_judge: JudgeFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second layer alone: with a filter that allows everything, bwrap's --disable-userns
    still refuses a nested user namespace (ENOSPC), and without one there is no capability to
    mount with (EPERM)."""
    allow_all = pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)
    with tempfile.TemporaryFile() as out:
        allow_all.export_bpf(out)
        out.seek(0)
        allow_all_bpf = out.read()
    monkeypatch.setattr(box_io, "deny_list_bpf", lambda: allow_all_bpf)
    result = run_judge(NAMESPACE_PROBE_C, "c")
    got = probe_lines(result)
    for name in ("clone(NEWUSER|NEWNS)", "clone(NEWUSER)", "unshare(NEWUSER)"):
        assert got[name] == "ENOSPC", (name, result.tests[0].actual_output)
    assert got["clone3(NEWUSER|NEWNS)"] == "ENOSPC", result.tests[0].actual_output
    for name in ("clone(NEWNS)", "unshare(NEWNS)", "mount", "fsopen", "fspick", "open_tree"):
        assert got[name] == "EPERM", (name, result.tests[0].actual_output)
    # Without the filter these do run: what the first test sees refused is the filter's work.
    assert got["clone3()"] == "ESCAPED", result.tests[0].actual_output
    assert got["io_uring_setup"] == "ESCAPED", result.tests[0].actual_output


X32_UNSHARE_C = r"""
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void) {
    /* The x32 ABI's number for unshare: same architecture token as x86-64, bit 30 set. A filter
       that only matches x86-64 numbers would let it through where the kernel has x32. */
    long got = syscall(0x40000000L | __NR_unshare, CLONE_NEWUSER | CLONE_NEWNS);
    printf("ESCAPED %ld\n", got);
    return 0;
}
"""


def test_x32_system_call_numbers_are_refused(run_judge: JudgeFn) -> None:
    """libseccomp's x86-64 filter treats an x32 number as another architecture: the process is
    killed (SIGSYS) before the call, whether or not this kernel has x32 built in."""
    result = run_judge(X32_UNSHARE_C, "c")
    assert only_test(result) == (Verdict.RE, "killed by SIGSYS"), describe(result)
    assert "ESCAPED" not in (result.tests[0].actual_output or ""), describe(result)


# ---------------------------------------------------------------------------------------------
# What a box sees


VISIBILITY_PROBE_PY = r"""
import json, os
listed = {}
for directory in LISTED:
    try:
        listed[directory] = sorted(os.listdir(directory))
    except OSError as error:
        listed[directory] = f"{error.strerror}"
present = [path for path in ABSENT if os.path.lexists(path)]
print(json.dumps({"listed": listed, "present": present, "env": sorted(os.environ)}))
"""

# Directory -> what the box may find there (a subset). Everything else of the host is absent.
BOX_ALLOW_LIST = {
    "/": {"bin", "dev", "etc", "lib", "lib64", "proc", "prog", "sbin", "tmp", "usr", "work"}
    | {".assay-agent"},  # the resident box's PID 1 (sandbox/agent.c), read-only
    # The JVM's /etc/java-17-openjdk is bound into Java's boxes only (Language.box_paths).
    "/etc": {"alternatives", "ld.so.cache"},
    # bwrap's own /dev, a read-only tmpfs of the box's: a few devices, no disk, no host /dev/shm.
    "/dev": {"core", "fd", "full", "null", "ptmx", "pts", "random", "shm", "stderr", "stdin"}
    | {"stdout", "tty", "urandom", "zero"},
    "/dev/shm": set(),
    "/usr": {"bin", "etc", "games", "include", "lib", "lib32", "lib64", "libexec", "local"}
    | {"sbin", "share", "src"},
    # The host's own software (CUDA, docker, its Python packages), sources and npm settings.
    "/usr/local": set(),
    "/usr/src": set(),
    "/usr/etc": set(),
    "/tmp": set(),
    "/work": set(),
    "/prog": {"main.py", "__pycache__"},  # the program, nothing else of the build
}
BOX_ENVIRONMENT = {"HOME", "LANG", "PATH", "PWD"}


def host_paths_never_seen(judge_env: JudgeEnvironment) -> list[str]:
    """Host paths a box must not reach: homes, services' state, this repository and its
    virtualenv, the judge's caches and build directories, the sandbox launcher."""
    paths = ["/root", "/home", "/var", "/opt", "/srv", "/mnt", "/media", "/run", "/sys", "/boot"]
    paths += ["/var/cache/assay", "/var/tmp", "/etc/shadow", "/etc/passwd", "/usr/local/bin"]
    paths += [str(Path.cwd()), sys.prefix, str(judge_env.cache_dir), tempfile.gettempdir()]
    paths += [str(TESTS_ROOT), "/usr/local/lib/python3.11", "/usr/src/python3.11"]
    return sorted(set(paths) - {"/tmp"})  # the box's /tmp is its own (listed above: empty)


TESTS_ROOT = Path(__file__).resolve().parents[1]


def test_box_sees_only_its_allow_list(run_judge: JudgeFn, judge_env: JudgeEnvironment) -> None:
    """A probe lists what it can see; each directory holds only what the allow-list names, the
    host's paths are absent, /dev/shm is the box's own (a file in the host's is not there)."""
    absent = host_paths_never_seen(judge_env)
    source = VISIBILITY_PROBE_PY.replace("LISTED", repr(sorted(BOX_ALLOW_LIST)))
    source = source.replace("ABSENT", repr(absent))
    with tempfile.NamedTemporaryFile(dir="/dev/shm", prefix="assay-host-") as host_shm:
        assert Path(host_shm.name).exists()
        result = run_judge(source, "python3", samples_only=True)
    assert only_test(result)[0] == Verdict.WA, describe(result)
    seen = json.loads(result.tests[0].actual_output or "{}")
    for directory, allowed in BOX_ALLOW_LIST.items():
        listed = seen["listed"][directory]
        if not isinstance(listed, list) and not Path(directory).exists():
            continue  # absent on the host too (Debian 12 has no /usr/etc): nothing to hide
        assert isinstance(listed, list), (directory, listed)
        assert set(listed) <= allowed, (directory, sorted(set(listed) - allowed))
    assert seen["present"] == [], seen["present"]
    language_env = set(dict(judge_env.registry.get("python3").run_env))
    assert set(seen["env"]) <= BOX_ENVIRONMENT | language_env, seen["env"]
