"""Java's entry class, read from the class files the compiler wrote (never guessed from source).

The compiler's whole output directory is the program: `Nest.class`, `Nest$P.class`, `Nest$1.class`
and whatever else it wrote all run together. Which class to start is decided the same way, from
those artifacts: the classes that declare `public static void main(String[])`. A source-level guess
cannot see nesting (`static class P` inside `Nest` came before `main` and was taken for the entry).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

from assay.judge.compile import Program
from assay.sandbox.boxfiles import UnsafeBoxFile, box_file_names, read_box_file

MAIN_DESCRIPTOR = "([Ljava/lang/String;)V"
ACC_PUBLIC_STATIC = 0x0001 | 0x0008
MAX_CLASS_FILE_BYTES = 16 << 20
# Constant pool entry sizes after the tag byte (Utf8, tag 1, has its own length).
_CONSTANT_SIZES = {3: 4, 4: 4, 5: 8, 6: 8, 7: 2, 8: 2, 9: 4, 10: 4, 11: 4, 12: 4, 15: 3, 16: 2}
_CONSTANT_SIZES |= {17: 4, 18: 4, 19: 2, 20: 2}


class ClassFileError(ValueError):
    """Not a class file this reader understands."""


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise ClassFileError("truncated class file")
        chunk = self.data[self.at : self.at + size]
        self.at += size
        return chunk

    def u2(self) -> int:
        value: int = struct.unpack(">H", self.take(2))[0]
        return value


def _constant_pool(reader: _Reader) -> dict[int, object]:
    """Utf8 entries as str, Class entries as the index of their name; others skipped."""
    pool: dict[int, object] = {}
    count, index = reader.u2(), 1
    while index < count:
        tag = reader.take(1)[0]
        if tag == 1:
            pool[index] = reader.take(reader.u2()).decode("utf-8", errors="replace")
        elif tag == 7:
            pool[index] = ("class", reader.u2())
        elif tag in _CONSTANT_SIZES:
            reader.take(_CONSTANT_SIZES[tag])
        else:
            raise ClassFileError(f"unknown constant pool tag {tag}")
        index += 2 if tag in (5, 6) else 1  # longs and doubles take two slots
    return pool


def _skip_members(reader: _Reader) -> None:
    for _ in range(reader.u2()):
        reader.take(6)
        _skip_attributes(reader)


def _skip_attributes(reader: _Reader) -> None:
    for _ in range(reader.u2()):
        reader.take(2)
        reader.take(struct.unpack(">I", reader.take(4))[0])


def _has_main(reader: _Reader, pool: dict[int, object]) -> bool:
    found = False
    for _ in range(reader.u2()):
        flags, name, descriptor = reader.u2(), reader.u2(), reader.u2()
        _skip_attributes(reader)
        if (
            pool.get(name) == "main"
            and pool.get(descriptor) == MAIN_DESCRIPTOR
            and flags & ACC_PUBLIC_STATIC == ACC_PUBLIC_STATIC
        ):
            found = True
    return found


def main_class_of(data: bytes) -> str | None:
    """The binary name (`pkg.Outer$Inner`) of the class in `data` if it declares `main`."""
    reader = _Reader(data)
    if reader.take(4) != b"\xca\xfe\xba\xbe":
        raise ClassFileError("not a class file")
    reader.take(4)  # minor, major version
    pool = _constant_pool(reader)
    reader.take(2)  # access flags
    this_class = pool.get(reader.u2())
    reader.take(2)  # super class
    reader.take(2 * reader.u2())  # interfaces
    _skip_members(reader)  # fields
    if not isinstance(this_class, tuple) or not _has_main(reader, pool):
        return None
    name = pool.get(this_class[1])
    return name.replace("/", ".") if isinstance(name, str) else None


def entry_classes(build_dir: Path) -> list[str]:
    """Every class under `build_dir` that declares `public static void main(String[])`."""
    found = []
    # The compiler ran in a box with this directory writable: no link it left is followed.
    for relative in box_file_names(build_dir, ".class"):
        try:
            data = read_box_file(build_dir, relative, MAX_CLASS_FILE_BYTES + 1) or b""
            name = main_class_of(data) if len(data) <= MAX_CLASS_FILE_BYTES else None
        except (ClassFileError, UnsafeBoxFile):
            continue
        if name is not None:
            found.append(name)
    return found


def choose_entry_class(candidates: list[str], preferred: Sequence[str | None]) -> str | None:
    """The class to run: the first of `preferred` (what the source names: its public class,
    the class before `main`) that declares `main`, else a top-level class, else any; None
    when no class has `main`."""
    for name in preferred:
        if name in candidates:
            return name
    top_level = [name for name in candidates if "$" not in name]
    ordered = top_level or candidates
    return ordered[0] if ordered else None


def find_entry_class(program: Program, source: str) -> str | None:
    """The class a compiled Java program starts from (None: no class declares `main`)."""
    preferred = program.language.source_entry_classes(source, program.file_name)
    return choose_entry_class(entry_classes(program.build_dir), preferred)
