"""What a language entry is: pure data plus a few small rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assay.core.types import Limits

# A submitted file name kept as it is: no path, no option-like leading "-", no shell specials.
SAFE_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}")
# Placeholders in argv templates.
PROG_DIR = "/prog"  # the build directory: writable when compiling, read-only when running


def _class_with_main(source: str) -> str | None:
    """The last class declared before `static void main` (Java without a public class)."""
    main_at = re.search(r"static\s+void\s+main\s*\(", source)
    if main_at is None:
        return None
    classes = re.findall(r"\bclass\s+([A-Za-z_]\w*)", source[: main_at.start()])
    return classes[-1] if classes else None


def _java_file_name(source: str, kept: str | None) -> str:
    """A public class names its file; the submitted name stays when it is that class (or
    there is no public class); else the class with `main`, else Main.java."""
    code = re.sub(r"/\*.*?\*/|//[^\n]*", " ", source, flags=re.DOTALL)
    public = re.findall(r"public\s+(?:final\s+|abstract\s+)*class\s+([A-Za-z_]\w*)", code)
    stem = kept.removesuffix(".java") if kept else None
    if stem and (stem in public or (not public and stem.isidentifier())):
        return f"{stem}.java"
    if public:
        return f"{public[0]}.java"
    main = _class_with_main(code)
    return f"{main}.java" if main else "Main.java"


def _qualified(source: str, class_name: str) -> str:
    package = re.search(r"^\s*package\s+([\w.]+)\s*;", source, re.MULTILINE)
    return f"{package.group(1)}.{class_name}" if package else class_name


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
    aliases: tuple[str, ...] = ()
    # An all-in-one header built once per toolchain with `precompile_argv` ({src}: a file that
    # includes it, {out}: where the compiler looks for the precompiled form). See
    # assay.judge.precompiled.
    precompiled_header: str | None = None
    precompile_argv: tuple[str, ...] | None = None

    def file_name_for(self, source: str, submitted: str | None = None) -> str:
        """The name the source is saved under: the submitted one where the language allows it
        (as on Kattis: a program may read its own name, `sys.argv[0]`), else the language's
        rule. Java: a public class names its file. Go: never kept (the compiler skips `_test.go`,
        `_*` and build-constrained names such as `x_windows.go`, and a Go program's `os.Args[0]`
        is its binary anyway). A name that is not a plain file name of this language is replaced."""
        kept = submitted if submitted is not None and self._keeps(submitted) else None
        if self.id == "java":
            return _java_file_name(source, kept)
        return kept or self.source_name

    def _keeps(self, name: str) -> bool:
        if not SAFE_FILE_NAME.fullmatch(name) or not name.endswith(self.extensions):
            return False
        if self.id == "go":
            return False
        if self.id == "rust":  # rustc makes the crate name of the stem
            return re.fullmatch(r"[\w-]+", name.removesuffix(".rs")) is not None
        return True

    def main_class(self, file_name: str) -> str:
        return file_name.rsplit(".", 1)[0]

    def entry_class(self, source: str) -> str | None:
        """Java: the fully qualified class with `main` (package included), or None.

        A guess from the source; the judge runs the class the compiled class files declare
        `main` in (`assay.judge.classfiles`), preferring the ones `source_entry_classes` names."""
        name = _class_with_main(source)
        return None if name is None else _qualified(source, name)

    def source_entry_classes(self, source: str, file_name: str) -> tuple[str, ...]:
        """Java: the classes the source names as its entry, best first: the class its file is
        named after (its public class), then the class declared last before `main`."""
        guess = self.entry_class(source)
        named = _qualified(source, self.main_class(file_name))
        return (named, guess) if guess else (named,)

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
