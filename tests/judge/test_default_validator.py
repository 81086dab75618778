"""assay.judge.default_validator: the Kattis / ICPC default output validator."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assay.judge.default_validator import FlagError, compare, parse_flags
from assay.problems.loader import load_problem

TOLERANCE = ["float_tolerance", "1e-6"]


def accepted(output: bytes, answer: bytes, flags: list[str] | None = None) -> bool:
    return compare(output, answer, flags or []).accepted


# ---------------------------------------------------------------------------------------------
# Tokens, case and whitespace


@pytest.mark.parametrize(
    ("output", "answer", "flags", "verdict"),
    [
        # Vectors in the spirit of DOMjudge's compare/test_compare.sh.
        (b"Hello world!\n", b"Hello world!\n", [], True),
        (b"  Hello\tworld!\r\n\n\n", b"Hello world!\n", [], True),
        (b"HELLO WORLD!\n", b"hello world!\n", [], True),
        (b"HELLO WORLD!\n", b"hello world!\n", ["case_sensitive"], False),
        (b"Hello world! again\n", b"Hello world!\n", [], False),
        (b"Hello\n", b"Hello world!\n", [], False),
        (b"", b"", [], True),
        (b"\n \n", b"", [], True),
        (b"", b"x\n", [], False),
        (b"Hello world!", b"Hello world!\n", ["space_change_sensitive"], False),
        (b"Hello  world!\n", b"Hello world!\n", ["space_change_sensitive"], False),
        (b"HELLO world!\n", b"hello world!\n", ["space_change_sensitive"], True),
        (b"Hello\x00world!\n", b"Hello world!\n", [], False),
        (b"1.0\n", b"1\n", [], False),
        (b"\xc3\xa9\n", b"\xc3\x89\n", [], False),  # only ASCII letters fold
        (b"a\vb\fc\n", b"a b c", [], True),
        (b"a\xa0b\n", b"a b\n", [], False),  # a non-breaking space is not whitespace
    ],
)
def test_vectors(output: bytes, answer: bytes, flags: list[str], verdict: bool) -> None:
    assert accepted(output, answer, flags) is verdict


def test_messages_point_at_the_first_difference() -> None:
    assert compare(b"1 2\n3 6\n", b"1 2\n3 5\n").message == "line 2: token 4: expected '5', got '6'"
    assert compare(b"1\n2\n", b"1\n2\n3\n").message == "line 3: token 3: output ended, expected '3'"
    assert compare(b"1 2 3 4", b"1 2 3").message == "line 1: token 4: trailing output '4'"
    assert compare(b"", b"42\n").message == "output is empty; expected '42' first"
    spaces = compare(b"1  2\n", b"1 2\n", ["space_change_sensitive"]).message
    assert spaces == "line 1: whitespace before token 2 differs: expected ' ', got '  '"
    floats = compare(b"0.5 0.7", b"0.5 0.6", TOLERANCE).message
    assert floats.startswith("line 1: token 2: expected '0.6', got '0.7' (difference 0.1 exceeds")


def test_long_tokens_are_shortened_in_messages() -> None:
    message = compare(b"x" * 1000, b"y").message

    assert len(message) < 120 and "..." in message


# ---------------------------------------------------------------------------------------------
# Floats


@pytest.mark.parametrize(
    ("output", "answer", "flags", "verdict"),
    [
        (b"1.0000005", b"1", TOLERANCE, True),
        (b"1.000002", b"1", TOLERANCE, False),
        (b"3.14000000e-2", b"0.0314", TOLERANCE, True),
        (b"2.0e2", b"200", TOLERANCE, True),  # integers compare as floats once a tolerance is set
        (b"200", b"2.0e2", [], False),
        (b"+.5", b"0.5", TOLERANCE, True),
        (b"5.", b"5", TOLERANCE, True),
        (b"-0", b"0", ["float_absolute_tolerance", "0"], True),
        (b"abc", b"0.5", TOLERANCE, False),
        (b"0x1p-1", b"0.5", TOLERANCE, False),  # hexadecimal is not in the grammar
        (b"1_0", b"10", TOLERANCE, False),
        (b"Yes", b"yes", TOLERANCE, True),  # a non-float answer token is a string
        (b"inf", b"INF", TOLERANCE, True),  # inf and nan are strings too
        (b"-nan", b"nan", TOLERANCE, False),
        (b"nan", b"NaN", TOLERANCE, True),
        (b"inf", b"1e308", TOLERANCE, False),
        (b"1e400", b"1e400", TOLERANCE, True),
        (b"101", b"100", ["float_relative_tolerance", "0.01"], True),  # relative to the answer
        (b"98.99", b"100", ["float_relative_tolerance", "0.01"], False),
        (b"100", b"101", ["float_relative_tolerance", "0.01"], True),
        (
            b"10.5",
            b"10",
            ["float_absolute_tolerance", "0.1", "float_relative_tolerance", "0.05"],
            True,
        ),
        (b"1e-7", b"0", ["float_relative_tolerance", "0.5"], False),  # relative to 0 is exact
        (b"1e-7", b"0", ["float_absolute_tolerance", "1e-6"], True),
        (b"1.5", b"1", ["float_tolerance", "-1"], False),  # negative means "not set"
    ],
)
def test_float_vectors(output: bytes, answer: bytes, flags: list[str], verdict: bool) -> None:
    assert accepted(output, answer, flags) is verdict


def test_float_tolerance_with_space_change_sensitive() -> None:
    flags = ["space_change_sensitive", *TOLERANCE]

    assert accepted(b"0.5000001\n", b"0.5\n", flags)
    assert not accepted(b"0.5000001 \n", b"0.5\n", flags)
    assert not accepted(b"0.6\n", b"0.5\n", flags)


def fltcmp_outputs(input_text: str) -> dict[str, bytes]:
    """What DOMjudge's fltcmp submissions print, written in Python ("%.7lf" of 1/x)."""
    values = [float(v) for v in input_text.split()[1:]]

    def c_format(y: float) -> str:
        return "inf" if math.isinf(y) and y > 0 else "nan" if math.isnan(y) else f"{y:.7f}"

    def reciprocal(x: float) -> float:
        return math.inf if x == 0 else 1 / x

    correct = [c_format(reciprocal(x)) for x in values]
    epsilon, wrong1 = 0.0001, []
    for x in values:
        wrong1.append(c_format(reciprocal(x) + epsilon))
        epsilon /= 6
    wrong2 = []
    for x in values:
        if abs(x - 1) < 0.0001:
            wrong2.append("+2.0")
        elif abs(x) < 0.0001:
            wrong2.append("-NAN")
        else:
            wrong2.append(c_format(reciprocal(x)))
    return {
        "correct": "\n".join(correct).encode() + b"\n",
        "wrong1": "\n".join(wrong1).encode() + b"\n",
        "wrong2": "\n".join(wrong2).encode() + b"\n",
    }


@pytest.mark.parametrize("package", ["domjudge/fltcmp", "bapctools/fltcmp"])
def test_fltcmp_corpus(corpora_dir: Path, package: str) -> None:
    problem = load_problem(corpora_dir / package)
    failures = {"correct": 0, "wrong1": 0, "wrong2": 0}
    for case in problem.tests:
        answer = case.answer_path.read_bytes()
        flags = [*problem.validator_flags, *case.output_validator_args]
        for name, output in fltcmp_outputs(case.input_path.read_text()).items():
            failures[name] += not compare(output, answer, flags).accepted

    assert failures["correct"] == 0
    assert failures["wrong1"] > 0 and failures["wrong2"] > 0


def test_corpus_answers_accept_themselves(corpus_problem: Path) -> None:
    problem = load_problem(corpus_problem)
    for case in problem.tests:
        answer = case.answer_path.read_bytes()
        flags = [*problem.validator_flags, *case.output_validator_args]
        if problem.output_validator is None:
            assert compare(answer, answer, flags).accepted


# ---------------------------------------------------------------------------------------------
# Flags


def test_flag_errors() -> None:
    with pytest.raises(FlagError, match="unknown"):
        parse_flags(["case_insensitive"])
    with pytest.raises(FlagError, match="needs a value"):
        parse_flags(["float_tolerance"])
    with pytest.raises(FlagError, match="needs a number"):
        parse_flags(["float_tolerance", "tiny"])
    with pytest.raises(FlagError, match="finite"):
        parse_flags(["float_absolute_tolerance", "inf"])


def test_repeated_tolerances() -> None:
    lenient = parse_flags(["float_tolerance", "1", "float_absolute_tolerance", "2"])
    assert (lenient.absolute_tolerance, lenient.relative_tolerance) == (2, 1)
    later = parse_flags(
        ["float_absolute_tolerance", "2", "float_tolerance", "1", "float_tolerance", "3"]
    )
    assert (later.absolute_tolerance, later.relative_tolerance) == (3, 3)

    with pytest.raises(FlagError, match="twice"):
        parse_flags(["float_tolerance", "1", "float_tolerance", "1"], strict=True)
    with pytest.raises(FlagError, match="combined"):
        parse_flags(["float_tolerance", "1", "float_relative_tolerance", "1"], strict=True)
    with pytest.raises(FlagError, match="combined"):
        parse_flags(["float_absolute_tolerance", "1", "float_tolerance", "1"], strict=True)
    both = parse_flags(
        ["float_absolute_tolerance", "1", "float_relative_tolerance", "2"], strict=True
    )
    assert (both.absolute_tolerance, both.relative_tolerance) == (1, 2)


def test_flag_errors_even_for_identical_output() -> None:
    with pytest.raises(FlagError):
        compare(b"x", b"x", ["bogus"])


# ---------------------------------------------------------------------------------------------
# Properties

TOKEN = st.binary(min_size=1, max_size=8).filter(lambda t: not any(c in b" \t\n\r\v\f" for c in t))
SPACE = st.sampled_from([b" ", b"\t", b"\n", b"\r\n", b"  ", b"\v", b"\f"])
FLAGS = st.sampled_from([[], ["case_sensitive"], ["space_change_sensitive"], TOLERANCE])


@given(st.binary(max_size=200), FLAGS)
def test_identical_output_is_accepted(data: bytes, flags: list[str]) -> None:
    assert compare(data, data, flags).accepted


@given(st.lists(TOKEN, max_size=20), st.data())
def test_whitespace_does_not_matter_by_default(tokens: list[bytes], data: st.DataObject) -> None:
    answer = b" ".join(tokens) + b"\n"
    spaced = b"".join(t + data.draw(SPACE) for t in tokens)
    leading = data.draw(st.lists(SPACE, max_size=2))

    assert compare(b"".join(leading) + spaced, answer).accepted


@given(st.lists(st.from_regex(rb"[A-Za-z0-9]{1,6}", fullmatch=True), min_size=1, max_size=10))
def test_ascii_case_does_not_matter_by_default(tokens: list[bytes]) -> None:
    answer = b" ".join(tokens)
    output = answer.swapcase()

    assert compare(output, answer).accepted
    assert compare(output, answer, ["case_sensitive"]).accepted is (output == answer)


@given(st.lists(TOKEN, min_size=1, max_size=10), st.data())
def test_space_change_sensitive_needs_the_same_whitespace(
    tokens: list[bytes], data: st.DataObject
) -> None:
    separators = [data.draw(SPACE) for _ in tokens]
    answer = b"".join(t + s for t, s in zip(tokens, separators, strict=True))
    other = [data.draw(SPACE) for _ in tokens]
    output = b"".join(t + s for t, s in zip(tokens, other, strict=True))

    result = compare(output, answer, ["space_change_sensitive"])
    assert result.accepted is (output == answer)


FINITE = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)


@given(FINITE, FINITE, st.floats(0, 10))
def test_absolute_tolerance_is_symmetric(a: float, b: float, epsilon: float) -> None:
    flags = ["float_absolute_tolerance", repr(epsilon)]
    forward = compare(repr(a).encode(), repr(b).encode(), flags).accepted
    backward = compare(repr(b).encode(), repr(a).encode(), flags).accepted

    assert forward is backward is (abs(a - b) <= epsilon)


@given(FINITE, st.floats(0, 1))
def test_any_formatting_within_tolerance(value: float, epsilon: float) -> None:
    flags = ["float_tolerance", repr(epsilon)]
    answer = repr(value).encode()

    for text in (f"{value:.17e}", f"{value:.17g}", f"{value:+.17E}"):  # all exact
        assert compare(text.encode(), answer, flags).accepted, text


@given(FINITE, FINITE)
def test_relative_tolerance_is_relative_to_the_answer(a: float, b: float) -> None:
    result = compare(repr(a).encode(), repr(b).encode(), ["float_relative_tolerance", "1e-3"])

    assert result.accepted is (abs(a - b) <= 1e-3 * abs(b))


# ---------------------------------------------------------------------------------------------
# Large outputs: no per-character Python loops


@pytest.mark.slow
def test_ten_megabytes_quickly() -> None:
    answer = b"\n".join(b"line %d with some words" % i for i in range(400_000)) + b"\n"
    assert len(answer) > 10_000_000

    started = time.perf_counter()
    assert compare(answer.upper(), answer).accepted
    assert compare(answer.replace(b"\n", b" \n"), answer).accepted
    wrong = compare(answer[:-2] + b"X\n", answer)
    elapsed_s = time.perf_counter() - started

    assert wrong.message.startswith("line 400000: token 2000000:")
    assert elapsed_s < 10, elapsed_s  # generous: shared CI machines are slow


@pytest.mark.slow
def test_ten_megabytes_of_floats() -> None:
    count = 700_000
    answer = b"\n".join(b"%.6f" % (i / 7) for i in range(count)) + b"\n"
    output = b"\n".join(b"%.9e" % (i / 7) for i in range(count)) + b"\n"
    assert len(output) > 10_000_000

    started = time.perf_counter()
    assert compare(output, answer, TOLERANCE).accepted
    elapsed_s = time.perf_counter() - started

    assert elapsed_s < 20, elapsed_s
