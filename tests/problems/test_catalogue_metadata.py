"""The catalogue's package metadata: assay.yaml `number` and `hints`, and the editorial
(2025-09 `solution/solution.en.md`) rendered like a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.problems.loader import load_problem
from assay.problems.model import ProblemError
from assay.problems.statement import render_statement


def write_package(root: Path, files: dict[str, str]) -> Path:
    base = {
        "problem.yaml": "problem_format_version: 2025-09\nname: T\n",
        "data/sample/1.in": "1\n",
        "data/sample/1.ans": "1\n",
        "data/secret/1.in": "2\n",
        "data/secret/1.ans": "2\n",
    }
    for name, text in {**base, **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_number_and_hints_are_read(tmp_path: Path) -> None:
    assay_yaml = (
        "difficulty: easy\nnumber: 42\nhints:\n  - Sort the input first.\n"
        "  - 'Two pointers: $O(n)$.'\n  - 7\n"
    )
    problem = load_problem(write_package(tmp_path / "p", {"assay.yaml": assay_yaml}))
    assert problem.metadata.number == 42
    assert problem.metadata.hints == ("Sort the input first.", "Two pointers: $O(n)$.", "7")
    assert problem.metadata.difficulty == "easy"


def test_without_assay_yaml_there_is_no_number_hint_or_editorial(tmp_path: Path) -> None:
    problem = load_problem(write_package(tmp_path / "p", {}))
    assert (problem.metadata.number, problem.metadata.hints, problem.editorial) == (None, (), None)
    empty = load_problem(write_package(tmp_path / "q", {"assay.yaml": "hints: []\n"}))
    assert empty.metadata.hints == ()


@pytest.mark.parametrize(
    ("assay_yaml", "key", "message"),
    [
        ("number: abc\n", "number", "expected a whole number, got 'abc'"),
        ("number: 1.5\n", "number", "expected a whole number, got 1.5"),
        ("number: true\n", "number", "expected a whole number, got True"),
        ("number: 0\n", "number", "must be between 1 and 2147483647, got 0"),
        ("number: -3\n", "number", "must be between 1 and 2147483647, got -3"),
        ("number: 4294967296\n", "number", "must be between 1 and"),
        ("hints: just one\n", "hints", "expected a list of Markdown texts"),
        ("hints: [a, b, c, d, e, f]\n", "hints", "at most 5 hints, got 6"),
        ("hints: [a, '  ']\n", "hints[1]", "expected a non-empty text"),
        ("hints: [a, {b: c}]\n", "hints[1]", "expected a non-empty text, got {'b': 'c'}"),
        ("hints: [a, null]\n", "hints[1]", "expected a non-empty text, got None"),
        (f"hints: ['{'x' * 2001}']\n", "hints[0]", "at most 2000 characters, got 2001"),
    ],
)
def test_bad_number_or_hints_name_the_file_and_key(
    tmp_path: Path, assay_yaml: str, key: str, message: str
) -> None:
    root = write_package(tmp_path / "p", {"assay.yaml": assay_yaml})
    with pytest.raises(ProblemError) as raised:
        load_problem(root)
    text = str(raised.value)
    assert f"assay.yaml: {key}: {message}" in text
    assert str(root) in text


def test_the_editorial_is_solution_en_md_else_solution_md(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "p",
        {"solution/solution.md": "plain", "solution/solution.en.md": "english"},
    )
    editorial = load_problem(root).editorial
    assert editorial is not None
    assert (editorial.path.name, editorial.format, editorial.language) == (
        "solution.en.md",
        "md",
        "en",
    )
    (root / "solution" / "solution.en.md").unlink()
    fallback = load_problem(root).editorial
    assert fallback is not None and fallback.path.name == "solution.md"


def test_other_files_in_solution_are_not_an_editorial(tmp_path: Path) -> None:
    root = write_package(tmp_path / "p", {"solution/notes.txt": "x", "solution.md": "x"})
    assert load_problem(root).editorial is None


def test_the_editorial_renders_like_a_statement(tmp_path: Path) -> None:
    text = (
        "## Idea\n\nUse a heap: $O(n \\log n)$.\n\n$$\\sum_i a_i$$\n\n"
        "<script>alert(1)</script>\n\n![plot](plot.png)\n"
    )
    root = write_package(tmp_path / "p", {"solution/solution.en.md": text})
    editorial = load_problem(root).editorial
    assert editorial is not None
    html = render_statement(editorial, asset_url=lambda name: f"/assets/{name}")
    assert "<h2>Idea</h2>" in html
    assert '<span class="math inline">O(n \\log n)</span>' in html
    assert '<div class="math display">\\sum_i a_i</div>' in html
    assert "<script>" not in html
    assert 'src="/assets/plot.png"' in html
