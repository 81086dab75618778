"""sandbox.boxfiles alone: what a box could leave where the judge reads, without a sandbox.

(tests/sandbox/test_planted_links.py has real boxes plant the links.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assay.sandbox.boxfiles import UnsafeBoxFile, box_file_names, copy_box_file, read_box_file


@pytest.fixture
def box_dir(tmp_path: Path) -> Path:
    """A directory as a box could leave it, beside a host file it must not reach."""
    (tmp_path / "host-secret").write_bytes(b"secret")
    box = tmp_path / "box"
    (box / "sub").mkdir(parents=True)
    (box / "plain.txt").write_bytes(b"plain")
    (box / "sub" / "A.class").write_bytes(b"class")
    (box / "link.txt").symlink_to(tmp_path / "host-secret")
    (box / "relative-link.txt").symlink_to("../host-secret")
    (box / "sub" / "B.class").symlink_to(tmp_path / "host-secret")
    (box / "dir-link").symlink_to(tmp_path)
    (box / "linked-sub").symlink_to("sub")
    os.mkfifo(box / "fifo")
    return box


def test_reads_a_regular_file(box_dir: Path) -> None:
    assert read_box_file(box_dir, "plain.txt", 100) == b"plain"
    assert read_box_file(box_dir, "plain.txt", 3) == b"pla"
    assert read_box_file(box_dir, "sub/A.class", 100) == b"class"
    assert read_box_file(box_dir, "missing.txt", 100) is None
    assert read_box_file(box_dir, "missing/deeper.txt", 100) is None


@pytest.mark.parametrize(
    "relative",
    [
        "link.txt",
        "relative-link.txt",
        "sub/B.class",
        "dir-link/host-secret",
        "linked-sub/A.class",
        "fifo",
        "sub",
        "../host-secret",
        "sub/../plain.txt",
    ],
)
def test_refuses_links_fifos_directories_and_escapes(box_dir: Path, relative: str) -> None:
    with pytest.raises(UnsafeBoxFile):
        read_box_file(box_dir, relative, 100)


def test_refuses_an_absolute_path(box_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(UnsafeBoxFile):
        read_box_file(box_dir, str(tmp_path / "host-secret"), 100)


def test_copies_a_regular_file_only(box_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "copied"
    assert copy_box_file(box_dir, "plain.txt", target)
    assert target.read_bytes() == b"plain"
    assert not copy_box_file(box_dir, "missing.txt", tmp_path / "none")
    with pytest.raises(UnsafeBoxFile):
        copy_box_file(box_dir, "link.txt", tmp_path / "leaked")
    assert not (tmp_path / "leaked").exists()


def test_lists_regular_files_without_following_links(box_dir: Path) -> None:
    assert box_file_names(box_dir, ".class") == ["sub/A.class"]
    assert box_file_names(box_dir, ".txt") == ["plain.txt"]
