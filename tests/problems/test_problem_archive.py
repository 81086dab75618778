"""assay.problems.archive: safe zip import; a refused archive leaves nothing behind."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from assay.problems.archive import ArchiveError, ArchiveLimits, import_archive
from assay.problems.loader import package_hash
from assay.problems.model import ProblemError

PACKAGE = {
    "problem.yaml": "name: Zipped\nvalidation: custom\n",
    "data/secret/1.in": "1\n",
    "data/secret/1.ans": "1\n",
    "output_validators/v/build": "#!/bin/sh\n",
    "output_validators/v/run": "#!/bin/sh\nexit 42\n",
}


def make_zip(entries: dict[str, str | bytes], *, modes: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, content in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = (modes or {}).get(name)
            if mode is not None:
                info.external_attr = mode << 16
            bundle.writestr(info, content)
    return buffer.getvalue()


def prefixed(prefix: str, files: dict[str, str]) -> dict[str, str | bytes]:
    return {f"{prefix}{name}": text for name, text in files.items()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir()) if parent.exists() else []


def test_import_with_a_top_level_directory(tmp_path: Path) -> None:
    modes = {"zipped/output_validators/v/run": stat.S_IFREG | 0o755}
    data = make_zip(prefixed("zipped/", PACKAGE), modes=modes)
    destination = tmp_path / "problems" / "zipped"

    problem = import_archive(io.BytesIO(data), destination)

    assert problem.root == destination and problem.name == "Zipped"
    assert [c.name for c in problem.tests] == ["secret/1"]
    assert os.access(destination / "output_validators/v/run", os.X_OK)
    assert not os.access(destination / "output_validators/v/build", os.X_OK)
    assert leftovers(tmp_path / "problems") == ["zipped"]


def test_import_with_problem_yaml_at_the_root(tmp_path: Path) -> None:
    archive = tmp_path / "upload.zip"
    archive.write_bytes(make_zip({**PACKAGE, "__MACOSX/._problem.yaml": "junk", ".DS_Store": ""}))

    problem = import_archive(archive, tmp_path / "out")

    assert problem.short_name == "out"
    assert not (tmp_path / "out" / "__MACOSX").exists()


def test_round_trip_of_a_corpus_package(tmp_path: Path, corpora_dir: Path) -> None:
    source = corpora_dir / "bapctools" / "different"
    files = {
        path.relative_to(source).as_posix(): path.read_bytes()
        for path in source.rglob("*")
        if path.is_file()
    }
    archive = tmp_path / "different.zip"
    archive.write_bytes(make_zip({f"different/{name}": data for name, data in files.items()}))

    problem = import_archive(archive, tmp_path / "imported")

    assert len(problem.tests) == 3
    assert problem.output_validator is not None
    assert package_hash(tmp_path / "imported") == package_hash(source)


def test_replace_swaps_an_existing_package(tmp_path: Path) -> None:
    destination = tmp_path / "p"
    import_archive(io.BytesIO(make_zip(PACKAGE)), destination)

    with pytest.raises(ArchiveError, match="already exists"):
        import_archive(io.BytesIO(make_zip(PACKAGE)), destination)

    changed = {**PACKAGE, "problem.yaml": "name: Second\nvalidation: custom\n"}
    problem = import_archive(io.BytesIO(make_zip(changed)), destination, replace=True)
    assert problem.name == "Second"
    assert leftovers(tmp_path) == ["p"]


@pytest.mark.parametrize(
    ("entries", "modes", "says"),
    [
        ({**PACKAGE, "../evil.txt": "x"}, {}, "escapes"),
        ({**PACKAGE, "data/../../evil.txt": "x"}, {}, "escapes"),
        ({**PACKAGE, "/etc/evil": "x"}, {}, "absolute"),
        ({**PACKAGE, "C:/evil": "x"}, {}, "absolute"),
        ({**PACKAGE, "data\\..\\evil": "x"}, {}, "unsafe"),
        ({**PACKAGE, "link": "/etc/passwd"}, {"link": stat.S_IFLNK | 0o777}, "symbolic link"),
        ({**PACKAGE, "fifo": ""}, {"fifo": stat.S_IFIFO | 0o644}, "special file"),
        ({"a/problem.yaml": "name: T\n", "b/x": ""}, {}, "no problem.yaml"),
        ({**PACKAGE, "data": "a file where a directory must be"}, {}, "cannot extract"),
        ({"data/secret/1.in": ""}, {}, "no problem.yaml"),
    ],
)
def test_unsafe_archives_are_refused_before_writing(
    tmp_path: Path, entries: dict[str, str | bytes], modes: dict[str, int], says: str
) -> None:
    destination = tmp_path / "out" / "p"

    with pytest.raises(ArchiveError, match=says):
        import_archive(io.BytesIO(make_zip(entries, modes=modes)), destination)

    assert leftovers(tmp_path / "out") == []
    assert not (tmp_path / "evil.txt").exists()


def test_too_many_files(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="too many files"):
        import_archive(
            io.BytesIO(make_zip(PACKAGE)), tmp_path / "p", limits=ArchiveLimits(max_files=3)
        )
    assert leftovers(tmp_path) == []


def test_too_big_uncompressed(tmp_path: Path) -> None:
    bomb = {**PACKAGE, "data/secret/2.in": "0" * 200_000, "data/secret/2.ans": ""}
    data = make_zip(bomb)
    assert len(data) < 5_000  # compresses to almost nothing

    with pytest.raises(ArchiveError, match="too big"):
        import_archive(
            io.BytesIO(data), tmp_path / "p", limits=ArchiveLimits(max_total_bytes=100_000)
        )
    with pytest.raises(ArchiveError, match="too big"):
        import_archive(io.BytesIO(data), tmp_path / "p", limits=ArchiveLimits(max_file_bytes=1000))
    assert leftovers(tmp_path) == []


def test_a_member_larger_than_declared_is_refused(tmp_path: Path) -> None:
    data = bytearray(make_zip({**PACKAGE, "data/secret/2.in": "9" * 5000, "data/secret/2.ans": ""}))
    lie_about_size(data, b"data/secret/2.in", declared=10)

    with pytest.raises(ArchiveError, match=r"data/secret/2\.in"):
        import_archive(io.BytesIO(bytes(data)), tmp_path / "p")
    assert leftovers(tmp_path) == []


def lie_about_size(data: bytearray, name: bytes, declared: int) -> None:
    """Rewrite the uncompressed size of `name` in its local and central headers."""
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_offset : start + name_offset + len(name)] == name:
                struct.pack_into("<I", data, start + size_offset, declared)
            start += 4


def test_an_invalid_package_leaves_nothing_behind(tmp_path: Path) -> None:
    broken = {
        "pkg/problem.yaml": "name: T\nlimits: {memory: lots}\n",
        "pkg/data/secret/1.in": "",
        "pkg/data/secret/1.ans": "",
    }
    destination = tmp_path / "problems" / "pkg"

    with pytest.raises(ProblemError) as raised:
        import_archive(io.BytesIO(make_zip(broken)), destination)

    message = str(raised.value)
    assert "limits.memory" in message and ".import-" not in message
    assert leftovers(tmp_path / "problems") == []


def test_not_a_zip(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="not a readable zip"):
        import_archive(io.BytesIO(b"PK\x03\x04 definitely not"), tmp_path / "p")
    assert leftovers(tmp_path) == []


def test_duplicate_members_are_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for name, text in PACKAGE.items():
            bundle.writestr(name, text)
        with pytest.warns(UserWarning, match="Duplicate name"):
            bundle.writestr("data/secret/1.in", "other")

    with pytest.raises(ArchiveError, match="twice"):
        import_archive(io.BytesIO(buffer.getvalue()), tmp_path / "p")
