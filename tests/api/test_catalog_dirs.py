"""Which directories of the problems directory are packages: its children, and the children of a
collection (a directory without problem.yaml, such as `functions/`)."""

from __future__ import annotations

from pathlib import Path

from api_support import make_settings

from assay.api.services.catalog import package_dirs, prepare_package


def _package(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "problem.yaml").write_text("name: x\n")
    return path


def test_packages_and_collections_are_found_in_name_order(tmp_path: Path) -> None:
    sumtwo = _package(tmp_path / "sumtwo")
    twosum = _package(tmp_path / "functions" / "twosum")
    lru = _package(tmp_path / "functions" / "lru")
    (tmp_path / "functions" / "README.md").write_text("the set")
    (tmp_path / "empty").mkdir()
    deep = tmp_path / "a" / "b" / "c"
    _package(deep)  # two levels down is not a package of the set
    assert package_dirs(tmp_path) == [lru, twosum, sumtwo]


def test_an_interactive_sample_is_its_transcript(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite'}")
    hidden_number = Path(__file__).resolve().parents[2] / "problems" / "hiddennumber"
    samples = prepare_package(settings, hidden_number, None).samples
    assert samples[0]["interaction"].startswith("<10\n>? 5\n")
    sumtwo = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"
    assert "interaction" not in prepare_package(settings, sumtwo, None).samples[0]
