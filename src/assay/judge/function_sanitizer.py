"""A C or C++ function submission that crashed on a case the user sees is run once more on that
case, built with AddressSanitizer and UBSan, and the sanitizer's finding is added to the
run-time error: "AddressSanitizer: heap-buffer-overflow (WRITE of size 4) in Solution::fill at
solution.cpp:7" instead of only "killed by SIGSEGV" (LeetCode shows the sanitizer's report).

    sanitizer_report(run, build, case) -> str | None
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from assay.core.types import Limits
from assay.harness import DriverBuild
from assay.judge.compile import compile_program
from assay.judge.function_run import Case, FunctionRun, channel_for
from assay.languages import Language

log = logging.getLogger(__name__)

SANITIZED_LANGUAGES = frozenset({"c", "cpp"})
SANITIZER_FLAGS = ("-fsanitize=address,undefined", "-fno-omit-frame-pointer", "-g")
# A small quarantine keeps the sanitized run within a few times the problem's memory limit.
SANITIZER_ENV = (
    ("ASAN_OPTIONS", "detect_leaks=0:quarantine_size_mb=16:malloc_context_size=4:color=never"),
    ("UBSAN_OPTIONS", "halt_on_error=1:print_stacktrace=1:color=never"),
)
SANITIZER_MEMORY_KIB = 512 * 1024  # shadow memory and the sanitizers' own allocations
_ASAN_ERROR = re.compile(r"ERROR: AddressSanitizer: ([\w-]+)")
_ACCESS = re.compile(r"^(READ|WRITE) of size (\d+)", re.MULTILINE)
_UBSAN_ERROR = re.compile(r"(?:^|/)([\w.]+):(\d+):\d+: runtime error: (.+)$", re.MULTILINE)


def sanitizer_report(run: FunctionRun, build: DriverBuild, case: Case) -> str | None:
    """The sanitizer's one-line finding for `case`, or None (no finding, or it could not run)."""
    language = run.program.language
    if language.id not in SANITIZED_LANGUAGES or language.compile_argv is None:
        return None
    sanitized = _sanitized(language)
    outcome = compile_program(
        sanitized,
        build.files,
        build.main_file,
        run.work_dir / "sanitized",
        run.slot,
        run.env.pool.sandbox_ids,
        build.units,
    )
    if not outcome.ok or outcome.program is None:
        log.warning("sanitizer build failed: %s", outcome.output[:500])
        return None
    channel = channel_for(replace(run, program=outcome.program, limits=_limits(run.limits)), [case])
    for _ in channel.lines():
        pass
    if channel.result is None:
        return None
    return summary(channel.result.stderr.decode("utf-8", errors="replace"), build.user_file)


def _sanitized(language: Language) -> Language:
    argv = language.compile_argv or ()
    # The sanitizers' runtimes are shared libraries: no -static. -O1 as the sanitizers advise
    # (and a quicker compile than -O2).
    flags = tuple(_sanitized_flag(part) for part in argv[1:] if part != "-static")
    limits = language.compile_limits
    return replace(
        language,
        compile_argv=(argv[0], *SANITIZER_FLAGS, *flags),
        compile_limits=replace(
            limits, cpu_time_s=limits.cpu_time_s * 2, wall_time_s=limits.wall_time_s * 2
        ),
        precompiled=None,
        run_env=(*language.run_env, *SANITIZER_ENV),
    )


def _sanitized_flag(flag: str) -> str:
    return "-O1" if flag.startswith("-O") else flag


def _limits(limits: Limits) -> Limits:
    return replace(
        limits,
        cpu_time_s=limits.cpu_time_s * 3 + 1,
        wall_time_s=limits.effective_wall_time_s * 3 + 2,
        memory_kib=limits.memory_kib * 2 + SANITIZER_MEMORY_KIB,
        stack_kib=limits.stack_kib,
        stderr_kib=max(limits.stderr_kib, 64),
    )


def summary(stderr: str, user_file: str) -> str | None:
    """ "AddressSanitizer: <what> (<access>) in <function> at <file>:<line>", or UBSan's line."""
    found = _ASAN_ERROR.search(stderr)
    if found is not None:
        text = f"AddressSanitizer: {found.group(1)}"
        access = _ACCESS.search(stderr, found.end())
        if access is not None:
            text += f" ({access.group(1)} of size {access.group(2)})"
        return text + _user_frame(stderr[found.end() :], user_file)
    undefined = next((m for m in _UBSAN_ERROR.finditer(stderr) if m.group(1) == user_file), None)
    if undefined is not None:
        return (
            f"UndefinedBehaviorSanitizer: {undefined.group(3)} at {user_file}:{undefined.group(2)}"
        )
    return None


def _user_frame(report: str, user_file: str) -> str:
    """in Solution::fill at solution.cpp:7: the first stack frame in the user's file."""
    pattern = re.compile(rf"#\d+ 0x[0-9a-f]+ in (.+?) \S*?\b{re.escape(user_file)}:(\d+)")
    frame = pattern.search(report)
    if frame is None:
        return ""
    return f" in {frame.group(1)} at {user_file}:{frame.group(2)}"
