"""Text versions as patches (diff-match-patch) and unified diffs (difflib). Pure functions.

A version is stored whole when it is the first one, or when its patch would not rebuild it
exactly (a safety net: every stored version must rebuild byte for byte).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from diff_match_patch import diff_match_patch


class PatchError(Exception):
    """A stored patch does not apply to the text it was made against (corrupt history)."""


@dataclass(frozen=True, slots=True)
class EncodedVersion:
    is_whole: bool
    body: str  # the text itself when whole, else a patch in diff-match-patch's text form


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0  # seconds; a slower diff only makes a larger patch
    return engine


def make_patch(old: str, new: str) -> str:
    engine = _engine()
    return str(engine.patch_toText(engine.patch_make(old, new)))


def apply_patch(old: str, patch_text: str) -> str:
    engine = _engine()
    patches = engine.patch_fromText(patch_text)
    new, applied = engine.patch_apply(patches, old)
    if not all(applied):
        raise PatchError("a stored patch did not apply")
    return str(new)


def encode_version(previous: str | None, text: str) -> EncodedVersion:
    """How to store `text` after `previous` (None: the first version)."""
    if previous is None:
        return EncodedVersion(is_whole=True, body=text)
    patch = make_patch(previous, text)
    try:
        exact = apply_patch(previous, patch) == text
    except (PatchError, ValueError):
        exact = False
    return EncodedVersion(is_whole=False, body=patch) if exact else EncodedVersion(True, text)


def rebuild(chain: Iterable[EncodedVersion]) -> str:
    """The text of the last version of `chain`, which must start with a whole version."""
    text: str | None = None
    for version in chain:
        if version.is_whole:
            text = version.body
        elif text is None:
            raise PatchError("history starts with a patch")
        else:
            text = apply_patch(text, version.body)
    if text is None:
        raise PatchError("empty history")
    return text


def unified_diff(old: str, new: str, old_name: str, new_name: str, context: int = 3) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=old_name,
        tofile=new_name,
        n=context,
    )
    return "".join(_terminated(lines))


def _terminated(lines: Iterable[str]) -> Iterable[str]:
    """A diff line without a newline (last line of a file) gets the usual marker."""
    for line in lines:
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n\\ No newline at end of file\n"
