"""The Kattis / ICPC default output validator, in-process.

    compare(output, answer, flags, *, strict=False) -> CheckResult

Both files are split into tokens on runs of whitespace (space, \\f, \\n, \\r, \\t, \\v) and
compared token by token; a different number of tokens is a wrong answer. Flags:

- `case_sensitive`: tokens must match byte for byte (default: ASCII letters ignore case);
- `space_change_sensitive`: whitespace runs, leading and trailing included, must match exactly;
- `float_absolute_tolerance e`, `float_relative_tolerance e`, `float_tolerance e` (both):
  answer tokens that are decimal floats (the 2025-09 grammar, so no inf / nan / hex) are
  compared numerically and accepted within either tolerance; the output token must then be
  a float too. The relative tolerance is relative to the answer's value.

A repeated tolerance overrides the earlier one, as in problemtools and DOMjudge; with
`strict=True` (2025-09 packages) repeating one, or mixing `float_tolerance` with the other
two, is a `FlagError`, as is an unknown flag or a missing value in every mode. A `FlagError`
is the package's fault: the judge reports it as a judge error, never as a verdict.
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass

_WHITESPACE = b" \t\n\r\v\f"
_TOKEN = re.compile(rb"[^ \t\n\r\v\f]+")
_MASK_TOKENS = bytes(c if c in b" \t\n\r\v\f" else ord("x") for c in range(256))
_PIECE = re.compile(rb"[ \t\n\r\v\f]+|[^ \t\n\r\v\f]+")
_FLOAT = re.compile(rb"[+-]?(?:[0-9]*\.[0-9]+|[0-9]+\.?)(?:[eE][+-]?[0-9]+)?")
_TOLERANCE_FLAGS = ("float_absolute_tolerance", "float_relative_tolerance", "float_tolerance")
_SHOWN_TOKEN_CHARS = 40


class FlagError(ValueError):
    """The validator flags are malformed: a fault of the problem package."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    accepted: bool
    message: str  # where the first difference is; empty when accepted


@dataclass(frozen=True, slots=True)
class ValidatorOptions:
    case_sensitive: bool = False
    space_change_sensitive: bool = False
    absolute_tolerance: float | None = None
    relative_tolerance: float | None = None

    @property
    def uses_floats(self) -> bool:
        return self.absolute_tolerance is not None or self.relative_tolerance is not None


_ACCEPTED = CheckResult(accepted=True, message="")


def compare(
    output: bytes, answer: bytes, flags: Sequence[str] = (), *, strict: bool = False
) -> CheckResult:
    """Judge `output` against `answer` with the default validator's `flags`."""
    options = parse_flags(flags, strict=strict)
    if output == answer:
        return _ACCEPTED
    if options.space_change_sensitive:
        return _compare_pieces(output, answer, options)
    return _compare_tokens(output, answer, options)


def parse_flags(flags: Sequence[str], *, strict: bool = False) -> ValidatorOptions:
    """Read the flag list, raising `FlagError` for anything the validator cannot honour.

    Flags apply in order, so a later tolerance overrides an earlier one (unless `strict`).
    """
    case_sensitive = space_change_sensitive = False
    absolute: float | None = None
    relative: float | None = None
    seen: set[str] = set()
    items = iter(flags)
    for flag in items:
        if flag == "case_sensitive":
            case_sensitive = True
        elif flag == "space_change_sensitive":
            space_change_sensitive = True
        elif flag in _TOLERANCE_FLAGS:
            _check_strict(flag, seen, strict)
            value = _tolerance_value(flag, next(items, None))
            if flag != "float_relative_tolerance":
                absolute = value
            if flag != "float_absolute_tolerance":
                relative = value
        else:
            raise FlagError(f"unknown default validator flag {flag!r}")
    return ValidatorOptions(
        case_sensitive, space_change_sensitive, _non_negative(absolute), _non_negative(relative)
    )


def _check_strict(flag: str, seen: set[str], strict: bool) -> None:
    """2025-09: each tolerance at most once, and float_tolerance alone."""
    if strict and flag in seen:
        raise FlagError(f"{flag} is given twice")
    if strict and seen and "float_tolerance" in (seen | {flag}):
        raise FlagError("float_tolerance cannot be combined with the absolute or relative one")
    seen.add(flag)


def _tolerance_value(flag: str, text: str | None) -> float:
    if text is None:
        raise FlagError(f"{flag} needs a value")
    try:
        value = float(text)
    except ValueError:
        raise FlagError(f"{flag} needs a number, got {text!r}") from None
    if not math.isfinite(value):
        raise FlagError(f"{flag} needs a finite number, got {text!r}")
    return value


def _non_negative(value: float | None) -> float | None:
    """A negative tolerance means "not set", as in the reference validators."""
    return value if value is not None and value >= 0 else None


# ---------------------------------------------------------------------------------------------
# Whitespace-insensitive comparison


def _compare_tokens(output: bytes, answer: bytes, options: ValidatorOptions) -> CheckResult:
    fold = not options.case_sensitive
    output_tokens = (output.lower() if fold else output).split()
    answer_tokens = (answer.lower() if fold else answer).split()
    if output_tokens == answer_tokens:
        return _ACCEPTED
    if options.uses_floats:
        mismatch = _first_float_mismatch(output_tokens, answer_tokens, options)
    else:
        mismatch = _first_mismatch(output_tokens, answer_tokens)
    if mismatch is None:
        if len(output_tokens) == len(answer_tokens):
            return _ACCEPTED
        return _count_difference(output, answer, len(output_tokens), len(answer_tokens))
    index, reason = mismatch
    return _wrong(output, answer, index, reason)


def _first_mismatch(
    output_tokens: list[bytes], answer_tokens: list[bytes]
) -> tuple[int, str] | None:
    differing = itertools.compress(
        itertools.count(), map(operator.ne, output_tokens, answer_tokens)
    )
    index = next(differing, None)  # found in C, without a Python-level loop
    return None if index is None else (index, "")


def _first_float_mismatch(
    output_tokens: list[bytes], answer_tokens: list[bytes], options: ValidatorOptions
) -> tuple[int, str] | None:
    # The hot loop of float problems, inlined, with -1 standing for "tolerance not set".
    # float() accepts a little more than the grammar (inf, nan, 1_0): such tokens fall
    # through to _float_token_problem, which applies the exact rules and says why.
    absolute = -1.0 if options.absolute_tolerance is None else options.absolute_tolerance
    relative = -1.0 if options.relative_tolerance is None else options.relative_tolerance
    differing = itertools.compress(
        itertools.count(), map(operator.ne, output_tokens, answer_tokens)
    )
    for index in differing:
        got, expected = output_tokens[index], answer_tokens[index]
        try:
            expected_value = float(expected)
            difference = abs(float(got) - expected_value)
        except ValueError:
            expected_value, difference = 0.0, math.inf
        within = difference <= absolute or difference <= relative * abs(expected_value)
        if within and b"_" not in got and b"_" not in expected:
            continue
        reason = _float_token_problem(got, expected, options)
        if reason is not None:
            return index, reason
    return None


def _float_token_problem(got: bytes, expected: bytes, options: ValidatorOptions) -> str | None:
    """Why `got` does not match `expected` under the float rules; None if it does."""
    expected_value = _as_float(expected)
    if expected_value is None:
        return ""  # not a float answer token: compared as a string, and it differs
    got_value = _as_float(got)
    if got_value is None:
        return "expected a floating-point number"
    difference = abs(got_value - expected_value)
    absolute, relative = options.absolute_tolerance, options.relative_tolerance
    if absolute is not None and difference <= absolute:
        return None
    if relative is not None and difference <= relative * abs(expected_value):
        return None
    return f"difference {difference:.6g} exceeds the tolerance ({_tolerance_text(options)})"


def _as_float(token: bytes) -> float | None:
    if not _FLOAT.fullmatch(token):
        return None
    value = float(token)
    return value if math.isfinite(value) else None


def _tolerance_text(options: ValidatorOptions) -> str:
    parts = []
    if options.absolute_tolerance is not None:
        parts.append(f"absolute {options.absolute_tolerance:g}")
    if options.relative_tolerance is not None:
        parts.append(f"relative {options.relative_tolerance:g}")
    return ", ".join(parts)


def _count_difference(output: bytes, answer: bytes, got: int, expected: int) -> CheckResult:
    if got == 0:
        _, first = _locate(answer, 0)
        return _wrong_message(f"output is empty; expected {_show(first)} first")
    if got < expected:
        return _wrong(output, answer, got, "")
    line, extra = _locate(output, expected)
    return _wrong_message(f"line {line}: token {expected + 1}: trailing output {_show(extra)}")


def _wrong(output: bytes, answer: bytes, index: int, reason: str) -> CheckResult:
    line, got = _locate(output, index)
    _, expected = _locate(answer, index)
    where = f"line {line}: token {index + 1}"
    if got is None:
        return _wrong_message(f"{where}: output ended, expected {_show(expected)}")
    detail = f"expected {_show(expected)}, got {_show(got)}"
    return _wrong_message(f"{where}: {detail}" + (f" ({reason})" if reason else ""))


def _wrong_message(message: str) -> CheckResult:
    return CheckResult(accepted=False, message=message)


# ---------------------------------------------------------------------------------------------
# space_change_sensitive: whitespace runs must match exactly


def _compare_pieces(output: bytes, answer: bytes, options: ValidatorOptions) -> CheckResult:
    if _layout(output, options) == _layout(answer, options):
        result = _compare_tokens(output, answer, options)
        if result.accepted:
            return result
    return _first_piece_difference(output, answer, options)


def _layout(data: bytes, options: ValidatorOptions) -> bytes:
    """The whitespace with each token reduced to one marker, computed in C.

    Without floats, matching tokens have equal lengths, so masking each byte will do."""
    if options.uses_floats:
        return _TOKEN.sub(b"x", data)
    return data.translate(_MASK_TOKENS)


def _first_piece_difference(output: bytes, answer: bytes, options: ValidatorOptions) -> CheckResult:
    token_index = 0
    pieces = itertools.zip_longest(_PIECE.findall(output), _PIECE.findall(answer))
    for got, expected in pieces:
        if got is None or expected is None:
            return _piece_count_difference(token_index, got, expected)
        if got[0] in _WHITESPACE or expected[0] in _WHITESPACE:
            if got != expected:
                return _space_difference(output, token_index, got, expected)
            continue
        if not _tokens_equal(got, expected, options):
            return _compare_tokens_at(output, answer, token_index, got, expected, options)
        token_index += 1
    return _ACCEPTED


def _tokens_equal(got: bytes, expected: bytes, options: ValidatorOptions) -> bool:
    if got == expected:
        return True
    if options.uses_floats and _as_float(expected) is not None:
        return _float_token_problem(got, expected, options) is None
    return not options.case_sensitive and got.lower() == expected.lower()


def _compare_tokens_at(
    output: bytes, answer: bytes, index: int, got: bytes, expected: bytes, options: ValidatorOptions
) -> CheckResult:
    reason = _float_token_problem(got, expected, options) if options.uses_floats else ""
    return _wrong(output, answer, index, reason or "")


def _space_difference(output: bytes, index: int, got: bytes, expected: bytes) -> CheckResult:
    line = _locate(output, index - 1)[0] if index else 1
    return _wrong_message(
        f"line {line}: whitespace before token {index + 1} differs: "
        f"expected {_show(expected)}, got {_show(got)}"
    )


def _piece_count_difference(index: int, got: bytes | None, expected: bytes | None) -> CheckResult:
    if got is None:
        assert expected is not None
        missing = "whitespace" if expected[0] in _WHITESPACE else "token"
        return _wrong_message(f"output ended, expected {missing} {_show(expected)}")
    what = "whitespace" if got[0] in _WHITESPACE else "output"
    return _wrong_message(f"trailing {what} {_show(got)} after token {index}")


# ---------------------------------------------------------------------------------------------
# Locating and showing tokens (only on the failure path, so plain loops are fine)


def _locate(data: bytes, index: int) -> tuple[int, bytes | None]:
    """The 1-based line and the text of the token at 0-based `index` (None past the end)."""
    # One regex skips `index` tokens in C; possessive, so nothing is kept for backtracking.
    skipped = re.compile(rb"(?:[ \t\n\r\v\f]*+[^ \t\n\r\v\f]++){%d}+" % index).match(data)
    token = _TOKEN.search(data, skipped.end()) if skipped else None
    end = token.start() if token else len(data)
    return data.count(b"\n", 0, end) + 1, token.group(0) if token else None


def _show(token: bytes | None) -> str:
    if token is None:
        return "nothing"
    text = token.decode("utf-8", errors="backslashreplace")
    if len(text) > _SHOWN_TOKEN_CHARS:
        text = text[: _SHOWN_TOKEN_CHARS - 3] + "..."
    return repr(text)
