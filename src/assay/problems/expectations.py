"""What an example submission must get, and whether a judged result meets it.

    unmet_expectations(expected, final_verdict, outcomes, score, max_score) -> tuple[str, ...]
    settled(expected, outcomes) -> bool: judging further cases cannot change the conclusion
    time_limit_role(expected, case_name) -> "lower" | "upper" | None

Verdicts are `assay.core.Verdict` values: the formats' RTE is RE, NO-OUTPUT is WA. Kattis has
no memory-limit verdict, so wherever RE is expected, MLE (and OLE) is accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

from assay.core.types import Verdict

TimeLimitUse = Literal["lower", "upper"]

CASE_VERDICTS = frozenset({Verdict.AC, Verdict.WA, Verdict.TLE, Verdict.RE})


class ExpectationKind(StrEnum):
    """How a submission's expectation is checked."""

    FINAL = "final"  # its final verdict (first failing case, or AC) must be in `permitted`
    PER_CASE = "per_case"  # every rule in `rules` must hold over the judged cases
    NONE = "none"  # nothing to check automatically; `problem` says why


@dataclass(frozen=True, slots=True)
class VerdictRule:
    """One 2025-09 requirement, on every case or on the cases one glob selects."""

    permitted: frozenset[Verdict] = CASE_VERDICTS  # every selected case has one of these
    required: frozenset[Verdict] = CASE_VERDICTS  # at least one selected case has one of these
    cases: str | None = None  # glob over names below data/ ("secret/*-hard"); None: all cases
    score: tuple[float, float] | None = None  # inclusive range for the (group's) score
    message: str | None = None  # must appear in some case's judge message
    use_for_time_limit: TimeLimitUse | None = None


@dataclass(frozen=True, slots=True)
class ExpectedSubmission:
    name: str  # path below submissions/, e.g. "accepted/hello.py" or "accepted/multifile-cpp"
    path: Path  # the file, or the directory of a multi-file submission
    files: tuple[
        Path, ...
    ]  # the source files (a multi-file submission's expected_result.txt left out)
    language_hint: str | None  # language code by extension or submissions.yaml ("cpp", "python3")
    kind: ExpectationKind
    # FINAL: the acceptable final verdicts. PER_CASE: a summary of the rules on every case
    # (intersection of their permitted / required sets); `rules` is what counts.
    permitted: frozenset[Verdict]
    required: frozenset[Verdict]
    use_for_time_limit: TimeLimitUse | None = None  # from rules on all cases
    rules: tuple[VerdictRule, ...] = ()
    entrypoint: str | None = None  # submissions.yaml `entrypoint`, DOMjudge `entry_point`
    partial_score: bool = False  # partially_accepted: its score must be below the maximum
    problem: str | None = None  # why there is no automatic expectation (kind NONE)
    # A DOMjudge tag found in one of the four official directories, where it is ignored.
    ignored_tag: frozenset[Verdict] | None = None

    @property
    def final_verdicts(self) -> frozenset[Verdict]:
        """The final verdicts that can satisfy the expectation."""
        if self.kind is ExpectationKind.FINAL:
            return self.permitted
        if self.kind is ExpectationKind.NONE:
            return frozenset()
        return _possible_final_verdicts(self.rules)


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """The judged result of one case, as `unmet_expectations` needs it."""

    name: str  # "secret/01"
    verdict: Verdict
    judge_message: str = ""


def verdict_allowed(allowed: frozenset[Verdict], actual: Verdict) -> bool:
    """Whether `actual` is in `allowed`, reading RE as "any crash" (MLE and OLE included)."""
    if actual in allowed:
        return True
    return actual in (Verdict.MLE, Verdict.OLE) and Verdict.RE in allowed


def unmet_expectations(
    expected: ExpectedSubmission,
    final_verdict: Verdict,
    outcomes: Sequence[CaseOutcome] = (),
    score: float | None = None,
    max_score: float | None = None,
) -> tuple[str, ...]:
    """What the judged submission failed to meet; empty when it behaved as expected."""
    problems: list[str] = []
    if expected.kind is ExpectationKind.FINAL:
        if not verdict_allowed(expected.permitted, final_verdict):
            problems.append(f"expected {_show(expected.permitted)}, got {final_verdict.value}")
    elif expected.kind is ExpectationKind.PER_CASE:
        if final_verdict in (Verdict.CE, Verdict.JE):
            problems.append(f"expected {_show(expected.final_verdicts)}, got {final_verdict.value}")
        else:
            problems.extend(
                p for rule in expected.rules for p in _rule_problems(rule, outcomes, score)
            )
    full_score = score is not None and max_score is not None and score >= max_score
    if expected.partial_score and full_score:
        problems.append(f"expected a partial score, got the maximum {score:g}")
    return tuple(problems)


def _rule_problems(
    rule: VerdictRule, outcomes: Sequence[CaseOutcome], score: float | None
) -> Iterator[str]:
    selected = _selected(rule, outcomes)
    where = f" on {rule.cases}" if rule.cases else ""
    for outcome in selected:
        if not verdict_allowed(rule.permitted, outcome.verdict):
            allowed = _show(rule.permitted)
            yield f"{outcome.name}: {outcome.verdict.value} is not permitted{where} ({allowed})"
            break
    if selected and not any(verdict_allowed(rule.required, o.verdict) for o in selected):
        yield f"no case{where} got one of {_show(rule.required)}"
    if rule.message is not None and not any(rule.message in o.judge_message for o in selected):
        yield f"no judge message{where} contains {rule.message!r}"
    if rule.score is not None and rule.cases is None and score is not None:
        low, high = rule.score
        if not low <= score <= high:
            yield f"score {score:g} is outside [{low:g}, {high:g}]"


def settled(expected: ExpectedSubmission, outcomes: Sequence[CaseOutcome]) -> bool:
    """Whether the cases judged so far (in order) decide a PER_CASE expectation, judging lazily
    as `bt run` and DOMjudge do: the first failing case stands for the rest. Settled when a case
    breaks a rule's `permitted` (no later case can mend that), or when a case has failed and
    every rule's `required` and `message` are met already. Until a case fails, every case runs:
    an accepted submission is checked on all of them."""
    if expected.kind is not ExpectationKind.PER_CASE:
        return False
    if any(_breaks_permitted(rule, outcomes) for rule in expected.rules):
        return True
    if all(o.verdict == Verdict.AC for o in outcomes):
        return False
    return all(rule.score is None and _requirements_met(rule, outcomes) for rule in expected.rules)


def _selected(rule: VerdictRule, outcomes: Sequence[CaseOutcome]) -> list[CaseOutcome]:
    return [o for o in outcomes if rule.cases is None or glob_regex(rule.cases).match(o.name)]


def _breaks_permitted(rule: VerdictRule, outcomes: Sequence[CaseOutcome]) -> bool:
    return any(not verdict_allowed(rule.permitted, o.verdict) for o in _selected(rule, outcomes))


def _requirements_met(rule: VerdictRule, outcomes: Sequence[CaseOutcome]) -> bool:
    selected = _selected(rule, outcomes)
    required = rule.required >= CASE_VERDICTS or any(
        verdict_allowed(rule.required, o.verdict) for o in selected
    )
    message = rule.message is None or any(rule.message in o.judge_message for o in selected)
    return required and message


def time_limit_role(expected: ExpectedSubmission, case_name: str) -> TimeLimitUse | None:
    """Whether this submission's time on this case bounds the time limit from below or above."""
    if expected.kind is not ExpectationKind.PER_CASE:
        return expected.use_for_time_limit
    roles = {
        rule.use_for_time_limit
        for rule in expected.rules
        if rule.cases is None or glob_regex(rule.cases).match(case_name)
    }
    return "upper" if "upper" in roles else "lower" if "lower" in roles else None


def _possible_final_verdicts(rules: tuple[VerdictRule, ...]) -> frozenset[Verdict]:
    """A summary for display: final verdicts some assignment of case verdicts allows."""
    permitted = frozenset(CASE_VERDICTS)
    for rule in rules:
        if rule.cases is None:
            permitted &= rule.permitted
    whole = [r for r in rules if r.cases is None]
    if any(not (r.required & permitted) for r in whole):
        return frozenset()
    all_ac_allowed = Verdict.AC in permitted and all(Verdict.AC in r.required for r in rules)
    failures = permitted - {Verdict.AC}
    return failures | ({Verdict.AC} if all_ac_allowed else frozenset())


def _show(verdicts: frozenset[Verdict]) -> str:
    order = list(Verdict)
    return "|".join(v.value for v in sorted(verdicts, key=order.index)) or "nothing"


@lru_cache(maxsize=1024)
def glob_regex(glob: str) -> re.Pattern[str]:
    """A submissions.yaml glob: `*` stays within one name, `{a,b}` expands, and a glob
    naming a directory also matches everything below it."""
    parts = re.split(r"\{([^{}]*)\}", glob.rstrip("/"))
    pattern = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            pattern += re.escape(part).replace(r"\*", "[^/]*")
        else:
            choices = (re.escape(c.strip()).replace(r"\*", "[^/]*") for c in part.split(","))
            pattern += f"(?:{'|'.join(choices)})"
    return re.compile(f"^{pattern}(?:/|$)")
