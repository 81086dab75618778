"""What a language entry is: pure data plus a few small rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from assay.core.types import Limits

# A submitted file name kept as it is: no path, no option-like leading "-", no shell specials.
SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}")
# Placeholders in argv templates.
PROG_DIR = "/prog"  # the build directory: writable when compiling, read-only when running
PRECOMPILED_DIR = "/pch"  # what every compile uses, built once per toolchain (read-only)


class EntryPoint(StrEnum):
    """What the box runs."""

    FILE = "file"  # the source file, given to an interpreter (Python, JavaScript)
    BINARY = "binary"  # the compiler's output, `main` (C, C++, Go, Rust)
    CLASS = "class"  # a class that declares `main`, found in the compiled class files (Java)


def _any_plain_name(name: str) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class NamingRules:
    """How a language names its source file and its entry point, where it has rules."""

    # May a submitted (plain, right-extension) file name be kept as it is?
    keeps: Callable[[str], bool] = _any_plain_name
    # (source, kept submitted name or None) -> the file name, when the source decides it.
    file_name: Callable[[str, str | None], str] | None = None
    # source -> the entry class it declares, a guess before compiling (EntryPoint.CLASS).
    entry_guess: Callable[[str], str | None] | None = None
    # (source, file name) -> the classes the source names as its entry, best first.
    entry_classes: Callable[[str, str], tuple[str, ...]] | None = None


@dataclass(frozen=True, slots=True)
class CompileLimits:
    cpu_time_s: float = 20.0
    wall_time_s: float = 40.0
    memory_kib: int = 2048 * 1024
    processes: int = 128
    diagnostics_kib: int = 64
    # Large enough for a binary with a 512 MiB static array (a legal contest program).
    output_size_kib: int = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Precompiled:
    """Something built once per toolchain that makes every compile faster without changing what
    it produces: C++'s `bits/stdc++.h` precompiled, a class-data archive of javac's own classes.
    `build_argv` runs in the directory (`{src}`: `source_name`, `{out}`: `output`); every compile
    then gets `compile_args` after the compiler's name, with the directory read-only at `/pch`."""

    source_name: str
    source_text: str
    build_argv: tuple[str, ...]
    output: str  # relative to the directory; its parent directories are made
    compile_args: tuple[str, ...]
    # Only for sources that contain this text (a header they include); None: every compile.
    used_by_sources_naming: str | None = None


@dataclass(frozen=True, slots=True)
class Language:
    """One language. Argv templates may use {src} (source file name), {exe}, {mem_mib},
    {stack_mib} and {prog} (the build directory inside the box)."""

    id: str
    name: str
    extensions: tuple[str, ...]
    monaco_id: str
    source_name: str  # default file name, e.g. "main.c"
    run_argv: tuple[str, ...]
    toolchain: tuple[str, ...]  # absolute paths of the binaries this language needs
    version_argv: tuple[str, ...]
    compile_argv: tuple[str, ...] | None = None
    compile_env: tuple[tuple[str, str], ...] = ()
    run_env: tuple[tuple[str, str], ...] = ()
    compile_limits: CompileLimits = field(default_factory=CompileLimits)
    # Extra memory the runtime itself needs beyond the problem's limit (JVM, V8), in KiB.
    runtime_memory_kib: int = 0
    min_processes: int = 0  # the JVM needs ~30 threads just to start
    max_stack_mib: int | None = None  # the JVM refuses a thread stack (-Xss) of 1 GiB or more
    min_open_files: int = 0
    # Text in stderr meaning the runtime ran out of its memory limit (reported as MLE).
    memory_error_markers: tuple[bytes, ...] = ()
    selftest_source: str = ""
    starter_code: str = ""
    # For interactive problems: reads a line at a time and flushes after every line it writes (a
    # starter that reads all of stdin first would wait forever for the judge).
    interactive_starter_code: str = ""
    aliases: tuple[str, ...] = ()
    # Built once per toolchain, then used by every compile (assay.judge.precompiled).
    precompiled: Precompiled | None = None
    entry_point: EntryPoint = EntryPoint.BINARY
    naming: NamingRules = field(default_factory=NamingRules)
    # Several source files are all compiled (or all handed to the interpreter) together.
    compiles_units_together: bool = False
    # The package format's default entry point of a several-file program ("__main__.py"): when a
    # file of this name is among the sources (a package's include/ files), the program starts there.
    default_entry_file: str | None = None
    # Host paths the toolchain needs in the box beyond /usr (read-only), e.g. the JVM's /etc.
    box_paths: tuple[str, ...] = ()
    # Order of preference for a package's reference solution (lower first; None: never).
    reference_rank: int | None = None

    def file_name_for(self, source: str, submitted: str | None = None) -> str:
        """The name the source is saved under: the submitted one where the language allows it
        (as on Kattis: a program may read its own name, `sys.argv[0]`), else the language's
        rule (Java: a public class names its file), else `source_name`. A name that is not a
        plain file name of this language is never kept."""
        kept = submitted if submitted is not None and self._keeps(submitted) else None
        if self.naming.file_name is not None:
            return self.naming.file_name(source, kept)
        return kept or self.source_name

    def _keeps(self, name: str) -> bool:
        if not SAFE_FILE_NAME.fullmatch(name) or not name.endswith(self.extensions):
            return False
        return self.naming.keeps(name)

    def main_class(self, file_name: str) -> str:
        return file_name.rsplit(".", 1)[0]

    def entry_class(self, source: str) -> str | None:
        """The class with `main` the source declares (EntryPoint.CLASS), or None.

        A guess from the source; the judge runs the class the compiled class files declare
        `main` in (`assay.judge.classfiles`), preferring the ones `source_entry_classes` names."""
        guess = self.naming.entry_guess
        return None if guess is None else guess(source)

    def source_entry_classes(self, source: str, file_name: str) -> tuple[str, ...]:
        """The classes the source names as its entry, best first (EntryPoint.CLASS)."""
        named = self.naming.entry_classes
        return () if named is None else named(source, file_name)

    def run_limits(self, limits: Limits) -> Limits:
        """The box limits for a run: the problem's, widened where the runtime needs it."""
        from dataclasses import replace

        return replace(
            limits,
            processes=max(limits.processes, self.min_processes),
            open_files=max(limits.open_files, self.min_open_files),
        )


@dataclass(frozen=True, slots=True)
class Availability:
    language: Language
    available: bool
    version: str  # first line of `version_argv`'s output, or ""
    reason: str = ""  # why it is unavailable

    @property
    def id(self) -> str:
        return self.language.id

    @property
    def name(self) -> str:
        return self.language.name

    @property
    def monaco_id(self) -> str:
        return self.language.monaco_id

    @property
    def starter_code(self) -> str:
        return self.language.starter_code

    @property
    def interactive_starter_code(self) -> str:
        return self.language.interactive_starter_code or self.language.starter_code
