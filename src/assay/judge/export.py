"""`assay export`: a function problem as a package that other Kattis-format judges can run.

The package is copied, and two things are added:
- `include/<language>/`: the driver for each language whose package-format default entry point
  lets a driver run the contestant's file unchanged (Python `__main__.py`, JavaScript `main.js`,
  Java `Main`, Go's package); the driver prints its result records on stdout and sends the
  contestant's prints to stderr when the result channel (fd 3) is not open.
- The example submissions become complete programs for those languages (Java's implicit
  imports, Go's package clause, as the driver build adds them); the ones in other languages are
  left out, since no driver can run them there.
- `output_validator/function_compare.py`: checks the records and compares the value with the
  answer using Assay's own comparison code (`json_compare`), with the signature's compare mode.

    export_package(problem, out_dir) -> ExportReport
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from assay.harness import starter_code
from assay.harness.model import runtime_file
from assay.harness.registry import build_driver, unsupported_reason
from assay.languages.entries.c import LANGUAGE as C
from assay.languages.entries.cpp import LANGUAGE as CPP
from assay.languages.entries.go import LANGUAGE as GO
from assay.languages.entries.java import LANGUAGE as JAVA
from assay.languages.entries.javascript import LANGUAGE as JAVASCRIPT
from assay.languages.entries.python3 import LANGUAGE as PYTHON3
from assay.languages.entries.rust import LANGUAGE as RUST
from assay.languages.extensions import language_for_file, runs_here
from assay.problems.function_spec import Compare, CompareMode, FunctionSpec, SpecKind
from assay.problems.model import Problem

VALIDATOR_FILE = "function_compare.py"


class ExportError(Exception):
    """The package cannot be exported; the message says why."""


@dataclass(frozen=True, slots=True)
class ExportLayout:
    language_id: str  # Assay's language and the package format's language code
    renames: tuple[tuple[str, str], ...] = ()  # driver file -> its name in include/
    contestant_file: str = ""  # what the contestant's file must hold beyond the class


LAYOUTS = (
    ExportLayout(PYTHON3.id, (("main.py", "__main__.py"),)),
    ExportLayout(JAVASCRIPT.id),
    ExportLayout(JAVA.id, (("__Driver__.java", "Main.java"),), "its own imports"),
    # Assay saves a Go submission as main.go: the driver takes another name.
    ExportLayout(GO.id, (("main.go", "assay_driver.go"),), "`package main` and its own imports"),
)
SKIPPED = {
    CPP.id: "the judge compiles every file on its own; the driver needs the class in its unit",
    C.id: "the judge compiles every file on its own; the driver needs the function in its unit",
    RUST.id: "a Rust program is one file; a driver cannot be added beside it",
}


@dataclass(frozen=True, slots=True)
class ExportReport:
    out_dir: Path
    languages: tuple[str, ...]  # exported, with a driver in include/<language>/
    skipped: tuple[tuple[str, str], ...]  # (language, why)


def export_package(problem: Problem, out_dir: Path) -> ExportReport:
    """Write the exported package to `out_dir`, which must not exist; all or nothing."""
    spec = _exportable_spec(problem)
    if out_dir.exists():
        raise ExportError(f"{out_dir} already exists")
    if out_dir.resolve().is_relative_to(problem.root.resolve()):
        raise ExportError(f"{out_dir} is inside the package")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        package = staging / "package"
        shutil.copytree(problem.root, package, symlinks=False)
        languages, skipped = _write_drivers(spec, package)
        _complete_submissions(spec, package, languages)
        _write_validator(spec, package)
        package.rename(out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportReport(out_dir, languages, skipped)


def _exportable_spec(problem: Problem) -> FunctionSpec:
    spec = problem.function
    if spec is None:
        raise ExportError(f"{problem.short_name} is not a function problem (no function.yaml)")
    if spec.compare.mode is CompareMode.VALIDATOR:
        raise ExportError("compare mode `validator` cannot be exported yet")
    for existing in ("include", "output_validator", "output_validators"):
        if (problem.root / existing).exists():
            raise ExportError(f"the package already has {existing}/")
    return spec


def _write_drivers(
    spec: FunctionSpec, package: Path
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    languages: list[str] = []
    skipped = [(language, why) for language, why in SKIPPED.items()]
    for layout in LAYOUTS:
        reason = unsupported_reason(spec, layout.language_id)
        if reason is not None:
            skipped.append((layout.language_id, reason))
            continue
        for name, content in driver_files(spec, layout).items():
            target = package / "include" / layout.language_id / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        languages.append(layout.language_id)
    return tuple(languages), tuple(skipped)


HEADER_EXTENSIONS = (".h", ".hpp")


def _complete_submissions(spec: FunctionSpec, package: Path, languages: tuple[str, ...]) -> None:
    for path in sorted((package / "submissions").rglob("*")):
        if not path.is_file():
            continue
        language = language_for_file(path)
        if language is None or language not in languages:
            # Assay's languages without an exported driver go; other languages' files stay.
            if path.suffix in HEADER_EXTENSIONS or (language is not None and runs_here(language)):
                path.unlink()
            continue
        source = path.read_text(encoding="utf-8")
        build = build_driver(spec, language, source)
        path.write_bytes(build.files[build.user_file])


def driver_files(spec: FunctionSpec, layout: ExportLayout) -> dict[str, bytes]:
    """The driver's files for include/<language>/: the build without the contestant's file."""
    build = build_driver(spec, layout.language_id, starter_code(spec, layout.language_id))
    renames = dict(layout.renames)
    files: dict[str, bytes] = {}
    for name, content in build.files.items():
        if name == build.user_file:
            continue
        is_entry = build.entry_class is not None and name == f"{build.entry_class}.java"
        files[renames.get(name, name)] = (
            content.replace(str(build.entry_class).encode(), b"Main") if is_entry else content
        )
    return files


def _write_validator(spec: FunctionSpec, package: Path) -> None:
    target = package / "output_validator" / VALIDATOR_FILE
    target.parent.mkdir(parents=True)
    target.write_text(validator_source(spec), encoding="utf-8")
    target.chmod(0o755)


def validator_source(spec: FunctionSpec) -> str:
    template = runtime_file("export", VALIDATOR_FILE).decode()
    compare_code = _json_compare_code()
    config = json.dumps(_validator_config(spec), indent=1)
    return template.replace("CONFIG: dict = {}  # @@CONFIG@@", f"CONFIG: dict = {config}").replace(
        "# @@JSON_COMPARE@@", compare_code
    )


def _json_compare_code() -> str:
    """Assay's comparison code, without the imports the validator defines itself."""
    source = resources.files("assay.judge").joinpath("json_compare.py").read_text("utf-8")
    lines = [
        line
        for line in source.splitlines()
        if not line.startswith(("from __future__", "from assay."))
    ]
    return "\n".join(lines)


def _validator_config(spec: FunctionSpec) -> dict[str, object]:
    config: dict[str, object] = {
        "kind": spec.kind.value,
        "type": str(spec.output_type if spec.kind is SpecKind.FUNCTION else spec.returns),
        "compare": _compare_config(spec.compare),
    }
    if spec.kind is SpecKind.DESIGN:
        config["methods"] = {
            method.name: {"type": str(method.returns), "compare": _compare_config(method.compare)}
            for method in spec.methods
        }
    return config


def _compare_config(compare: Compare) -> dict[str, object]:
    return {
        "mode": compare.mode.value,
        "depth": compare.depth,
        "abs_tol": compare.abs_tol,
        "rel_tol": compare.rel_tol,
    }
