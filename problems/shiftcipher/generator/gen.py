#!/usr/bin/env python3
"""Test data for "Rolling Cipher".

    python3 generator/gen.py

Deterministic (fixed seed). Rewrites data/sample/, data/secret/ and data/invalid_input/. Each
input is made by encrypting a chosen plaintext; every .ans is produced by the reference solution
submissions/accepted/shiftcipher.py and checked against that plaintext.
"""

from __future__ import annotations

import random
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "submissions" / "accepted" / "shiftcipher.py"

MAX_N = 10**6
MAX_K = 10**9
WORDS = (
    "meet at the old mill after sunset bring two lanterns and the blue map "
    "the river crossing is guarded so take the northern path past the quarry"
).split()


def encrypt(k: int, plain: str) -> str:
    return "".join(chr((ord(c) - 97 + k + i) % 26 + 97) for i, c in enumerate(plain))


def case(k: int, plain: str) -> tuple[str, str]:
    """(input text, expected plaintext)."""
    return f"{k}\n{encrypt(k, plain)}\n", plain


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.ascii_lowercase, k=n))


SAMPLES = [case(3, "hello"), case(1000000000, "rollingcipher")]


def secret_cases() -> list[tuple[str, tuple[str, str]]]:
    rng = random.Random(26)
    cases: list[tuple[str, tuple[str, str]]] = []
    cases.append(("single_letter", case(0, "a")))
    cases.append(("single_letter_max_k", case(MAX_K, "z")))
    cases.append(("k_zero", case(0, letters(rng, 100))))
    cases.append(("k_max", case(MAX_K, letters(rng, 1000))))
    cases.append(("k_multiple_of_26", case(26 * 38461538, letters(rng, 1000))))
    cases.append(("k_25", case(25, "".join(rng.choice(WORDS) for _ in range(200)))))
    cases.append(("cipher_all_a", (f"{MAX_K - 7}\n{'a' * 5000}\n", "")))
    cases.append(("cipher_all_z", (f"{12345}\n{'z' * 5000}\n", "")))
    cases.append(("plain_all_a", case(rng.randint(0, MAX_K), "a" * 26 * 40)))
    cases.append(("sentence", case(rng.randint(0, MAX_K), "".join(WORDS))))
    for k in range(3):
        cases.append((f"random_{k + 1}", case(rng.randint(0, MAX_K), letters(rng, rng.randint(1, 5000)))))
    cases.append(("words_large", case(rng.randint(0, MAX_K), "".join(rng.choice(WORDS) for _ in range(70000)))))
    cases.append(("random_max", case(rng.randint(0, MAX_K), letters(rng, MAX_N))))
    return cases


# Inputs the input validator must reject (data/invalid_input/, no answers).
INVALID = [
    ("k_negative", "-1\nabc\n"),
    ("k_too_large", f"{MAX_K + 1}\nabc\n"),
    ("uppercase", "3\nHello\n"),
    ("empty_message", "3\n\n"),
    ("space_in_message", "3\nab cd\n"),
]


def write_group(group: str, cases: list[tuple[str, tuple[str, str]]], answers: bool = True) -> None:
    directory = ROOT / "data" / group
    directory.mkdir(parents=True, exist_ok=True)
    for old in [*directory.glob("*.in"), *directory.glob("*.ans")]:
        old.unlink()
    for name, (text, plain) in cases:
        inp = directory / f"{name}.in"
        inp.write_text(text)
        if not answers:
            continue
        with inp.open("rb") as fin:
            out = subprocess.run(
                [sys.executable, str(REFERENCE)], stdin=fin, capture_output=True, check=True
            ).stdout
        assert not plain or out.decode() == plain + "\n", name
        inp.with_suffix(".ans").write_bytes(out)


def main() -> None:
    write_group("sample", [(str(i), c) for i, c in enumerate(SAMPLES, 1)])
    write_group("secret", [(f"{i:02d}_{name}", c) for i, (name, c) in enumerate(secret_cases(), 1)])
    write_group("invalid_input", [(name, (text, "")) for name, text in INVALID], answers=False)


if __name__ == "__main__":
    main()
