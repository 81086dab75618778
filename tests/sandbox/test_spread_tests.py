"""A submission's tests spread over the idle slots of a real two-slot pool (judge/lanes.py): real
programs, written the way users write them, judged through the real pipeline and sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sandbox_support import assert_no_new_sandbox_processes, judge_source, sandbox_processes

from assay.core.types import Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment
from assay.problems.loader import load_problem
from assay.sandbox import SandboxPool, SandboxUnavailable

REPO = Path(__file__).resolve().parents[2]

JAVA_WITH_HELPERS = """import java.io.*;
import java.util.*;

public class Main {
    static final class FastReader {
        private final DataInputStream in =
            new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        long nextLong() throws IOException {
            int c = in.read();
            while (c != '-' && (c < '0' || c > '9')) c = in.read();
            boolean negative = c == '-';
            if (negative) c = in.read();
            long value = 0;
            while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
            return negative ? -value : value;
        }
    }
    record Pair(long a, long b) { long sum() { return a + b; } }

    public static void main(String[] args) throws IOException {
        FastReader reader = new FastReader();
        int cases = (int) reader.nextLong();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        for (int i = 0; i < cases; i++)
            out.println(new Pair(reader.nextLong(), reader.nextLong()).sum());
        out.flush();
    }
}
"""

# Right on the first two tests, wrong on the third, and on every later one it never ends: only
# a kill ends those runs once the third decided the verdict.
CPP_WRONG_THEN_STUCK = """#include <bits/stdc++.h>
using namespace std;

struct Case { long long n; };

static Case read_case() { Case c{}; cin >> c.n; return c; }

int main() {
    ios::sync_with_stdio(false);
    Case c = read_case();
    if (c.n == 3) { cout << c.n + 1 << '\\n'; return 0; }
    volatile unsigned long long spin = 0;
    while (c.n > 3) spin = spin + 1;
    cout << c.n << '\\n';
}
"""


@pytest.fixture(scope="module")
def two_slots(sandbox_cache_dir: Path) -> JudgeEnvironment:
    try:
        return make_environment(2, cache_dir=sandbox_cache_dir)
    except SandboxUnavailable as error:
        pytest.fail(f"the sandbox is unavailable on this host: {error}")


@pytest.fixture
def lent(two_slots: JudgeEnvironment, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The slots lent to the judging, as they come back."""
    pool = two_slots.pool
    assert isinstance(pool, SandboxPool)
    returned: list[int] = []
    give_back = pool.give_back

    def recording(slot_index: int) -> None:
        returned.append(slot_index)
        give_back(slot_index)

    monkeypatch.setattr(pool, "give_back", recording)
    yield returned
    assert pool.lend_idle_slot() is not None and pool.lend_idle_slot() is not None
    pool.give_back(0)
    pool.give_back(1)


@pytest.mark.parametrize(
    ("problem", "submission", "language"),
    [
        ("sumtwo", None, "java"),
        ("taskorder", "accepted/TaskOrder.java", "java"),  # its own output validator
        ("hiddennumber", "accepted/hiddennumber.cpp", "cpp"),  # interactive
        ("lis", "accepted/lis.py", "python3"),
    ],
)
def test_accepted_code_is_accepted_with_its_tests_on_both_slots(
    two_slots: JudgeEnvironment,
    lent: list[int],
    problem: str,
    submission: str | None,
    language: str,
) -> None:
    package = load_problem(REPO / "problems" / problem)
    text = (
        JAVA_WITH_HELPERS
        if submission is None
        else (REPO / "problems" / problem / "submissions" / submission).read_text()
    )
    result = judge_source(two_slots, package, text, language)
    assert result.verdict == Verdict.AC, result.tests[-1] if result.tests else result
    assert [t.name for t in result.tests] == [t.name for t in package.tests]
    assert lent == [1]  # the idle slot ran tests, and came back


def test_a_wrong_answer_ends_the_judging_and_kills_the_later_tests_in_flight(
    two_slots: JudgeEnvironment, lent: list[int], tmp_path: Path
) -> None:
    package_dir = tmp_path / "countup"
    (package_dir / "data" / "secret").mkdir(parents=True)
    (package_dir / "problem.yaml").write_text(
        "problem_format_version: 2023-07-draft\nname: Count up\nlimits:\n  time_limit: 3\n"
    )
    for n in range(1, 9):
        (package_dir / "data" / "secret" / f"{n:02}.in").write_text(f"{n}\n")
        (package_dir / "data" / "secret" / f"{n:02}.ans").write_text(f"{n}\n")
    before = sandbox_processes()
    result = judge_source(two_slots, load_problem(package_dir), CPP_WRONG_THEN_STUCK, "cpp")
    assert result.verdict == Verdict.WA
    assert [t.verdict for t in result.tests] == [Verdict.AC, Verdict.AC, Verdict.WA]
    assert lent == [1]
    assert_no_new_sandbox_processes(before)
