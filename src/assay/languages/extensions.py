"""The one table from a file's extension to a language code: the entries' own extensions, then the
languages Assay does not run but problem packages name (their example submissions, DOMjudge's
and Kattis's language codes), so a package's `submissions/` can say what it skipped and why."""

from __future__ import annotations

from pathlib import PurePath

from assay.languages.registry import ALL_LANGUAGES

# Extension -> the package format's language code, for languages without an entry here.
FOREIGN_LANGUAGES: dict[str, str] = {
    ".kt": "kotlin", ".py2": "python2", ".ts": "typescript", ".hs": "haskell", ".cs": "csharp",
    ".fs": "fsharp", ".rb": "ruby", ".php": "php", ".scala": "scala", ".swift": "swift",
    ".lua": "lua", ".ml": "ocaml", ".lisp": "lisp", ".cl": "lisp", ".pas": "pascal",
    ".p": "pascal", ".pp": "pascal", ".f90": "fortran", ".f95": "fortran", ".adb": "ada",
    ".ads": "ada", ".sh": "bash", ".bash": "bash", ".awk": "awk", ".R": "r", ".r": "r",
    ".plg": "prolog", ".pm": "perl", ".d": "d", ".jl": "julia", ".zig": "zig", ".nim": "nim",
    ".dart": "dart", ".ex": "elixir", ".erl": "erlang", ".cr": "crystal", ".m": "objectivec",
    ".rkt": "racket", ".cob": "cobol", ".vb": "visualbasic",
}  # fmt: skip


def _own_extensions() -> dict[str, str]:
    """Each entry's extensions; the first entry to claim one keeps it (CPython before PyPy)."""
    table: dict[str, str] = {}
    for language in ALL_LANGUAGES:
        for extension in language.extensions:
            table.setdefault(extension, language.id)
    return table


EXTENSION_LANGUAGES: dict[str, str] = {**FOREIGN_LANGUAGES, **_own_extensions()}


def language_for_file(name: str | PurePath) -> str | None:
    """The language code of a file by its extension (case-sensitive: `.C` is C++), or None."""
    return EXTENSION_LANGUAGES.get(PurePath(name).suffix)


def runs_here(language_id: str) -> bool:
    """Whether the code is one of Assay's own languages (not only a known foreign one)."""
    return any(language.id == language_id for language in ALL_LANGUAGES)
