#!/usr/bin/env python3
"""Test data for "Maze Runner".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/: the inputs
are built below, every .ans is produced by the reference solution submissions/accepted/mazerun.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "mazerun.py"

MAX = 1000
Grid = list[list[str]]


def fmt(g: Grid) -> str:
    assert 1 <= len(g) <= MAX and 1 <= len(g[0]) <= MAX
    flat = "".join("".join(row) for row in g)
    assert flat.count("S") == 1 and flat.count("E") == 1
    return f"{len(g)} {len(g[0])}\n" + "".join("".join(row) + "\n" for row in g)


def parse(*rows: str) -> Grid:
    return [list(row) for row in rows]


def blank(r: int, c: int, fill: str = ".") -> Grid:
    return [[fill] * c for _ in range(r)]


def place(g: Grid, s: tuple[int, int], e: tuple[int, int]) -> Grid:
    g[s[0]][s[1]] = "S"
    g[e[0]][e[1]] = "E"
    return g


def random_walls(rng: random.Random, r: int, c: int, density: float) -> Grid:
    g = [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]
    cells = rng.sample(range(r * c), 2)
    return place(g, divmod(cells[0], c), divmod(cells[1], c))


def serpentine(r: int, c: int) -> Grid:
    """Every odd row is a wall with a single gap, alternating sides: one long winding corridor."""
    g = blank(r, c)
    for i in range(1, r, 2):
        g[i] = ["#"] * c
        g[i][c - 1 if (i // 2) % 2 == 0 else 0] = "."
    last = r - 1 if r % 2 else r - 2
    return place(g, (0, 0), (last, c - 1 if (last // 2) % 2 == 0 else 0))


def perfect_maze(rng: random.Random, r: int, c: int) -> Grid:
    """A random spanning tree of the odd cells (iterative DFS), so there is exactly one path."""
    g = blank(r, c, "#")
    g[1][1] = "."
    stack = [(1, 1)]
    while stack:
        i, j = stack[-1]
        options = [(i + di, j + dj, di, dj) for di, dj in ((2, 0), (-2, 0), (0, 2), (0, -2))
                   if 0 < i + di < r and 0 < j + dj < c and g[i + di][j + dj] == "#"]
        if not options:
            stack.pop()
            continue
        a, b, di, dj = rng.choice(options)
        g[i + di // 2][j + dj // 2] = "."
        g[a][b] = "."
        stack.append((a, b))
    return place(g, (1, 1), (r - 2, c - 2))


def diagonal_trap(r: int, c: int) -> Grid:
    """Staircase walls that block every orthogonal shortcut but leave diagonal gaps."""
    g = blank(r, c)
    for i in range(r):
        for j in range(c):
            if (i + j) % 2 == 1 and 0 < i < r - 1:
                g[i][j] = "#"
    for j in range(c):
        g[r - 1][j] = "."
    return place(g, (0, 0), (r - 1, c - 1))


SAMPLES = [
    fmt(parse("S.#.", ".##E", "....")),
    fmt(parse("S#E", ".#.")),
]


def secret_cases() -> list[tuple[str, str]]:
    rng = random.Random(31337)
    cases: list[tuple[str, str]] = []
    cases.append(("two_cells", fmt(parse("SE"))))
    cases.append(("column_two", fmt(parse("E", "S"))))
    cases.append(("row_max", fmt([["S"] + ["."] * (MAX - 2) + ["E"]])))
    cases.append(("column_max", fmt([["E"]] + [["."]] * (MAX - 2) + [["S"]])))
    cases.append(("start_enclosed", fmt(parse(".....", ".###.", ".#S#.", ".###.", "E...."))))
    cases.append(("exit_enclosed", fmt(parse("S....", "...#.", "..#E#", "...#."))))
    for k in range(3):
        cases.append((f"random_small_{k + 1}", fmt(random_walls(rng, 10, 12, 0.3))))
    cases.append(("random_medium", fmt(random_walls(rng, 200, 300, 0.33))))
    cases.append(("diagonal_trap", fmt(diagonal_trap(9, 40))))
    dfs_trap = blank(300, 300)
    cases.append(("adjacent_in_open_field", fmt(place(dfs_trap, (150, 150), (151, 150)))))
    cases.append(("open_max", fmt(place(blank(MAX, MAX), (0, 0), (MAX - 1, MAX - 1)))))
    cases.append(("random_walls_max", fmt(random_walls(rng, MAX, MAX, 0.35))))
    cases.append(("serpentine", fmt(serpentine(MAX, 600))))
    cases.append(("perfect_maze", fmt(perfect_maze(rng, 601, 601))))
    split = random_walls(rng, 400, MAX, 0.2)
    for i, row in enumerate(split):
        row[MAX // 2] = "#"
        for j in range(MAX):
            if row[j] in "SE":
                row[j] = "."
        split[i] = row
    cases.append(("unreachable_large", fmt(place(split, (7, 3), (390, MAX - 5)))))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("no_exit", "1 3\nS..\n"),
    ("two_starts", "1 4\nSS.E\n"),
    ("short_row", "2 3\nS.E\n..\n"),
    ("bad_character", "1 3\nSxE\n"),
    ("too_many_columns", f"1 {MAX + 1}\nS{'.' * (MAX - 1)}E\n"),
]


def write_group(group: str, cases: list[tuple[str, str]], answers: bool = True) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, text in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        if not answers:
            continue
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        inp.with_suffix(".ans").write_bytes(out)


def main() -> None:
    write_group("sample", [(str(i), text) for i, text in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", text) for i, (name, text) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", INVALID, answers=False)


if __name__ == "__main__":
    main()
