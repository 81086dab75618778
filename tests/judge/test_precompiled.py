"""The precompiled `bits/stdc++.h`: built once per toolchain by the sandbox user, used by the
compiler when valid, and changing nothing of what compiles or how."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.api import JudgeOptions, Source
from assay.judge.compile import compile_program
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.precompiled import precompiled_header_dir
from assay.languages import default_registry
from assay.problems.loader import load_problem

pytestmark = [pytest.mark.sandbox, pytest.mark.timeout(300)]

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"
WITH_STDCXX = """#include <bits/stdc++.h>
using namespace std;

template <typename T> struct Summer {
    vector<T> values;
    T total() const { return accumulate(values.begin(), values.end(), T{}); }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    for (int i = 0; i < n; i++) {
        Summer<long long> s{vector<long long>(2)};
        cin >> s.values[0] >> s.values[1];
        cout << s.total() << '\\n';
    }
}
"""
# A macro before the header: the precompiled form does not fit, GCC reads the header as text.
DEBUG_MODE = "#define _GLIBCXX_DEBUG\n" + WITH_STDCXX


@pytest.fixture(scope="module")
def cache_dir() -> Iterator[Path]:
    """One per module: the header is built once (10 s on a busy machine) for all the tests."""
    path = Path(tempfile.mkdtemp(prefix="assay-test-pch-", dir="/var/tmp"))
    path.chmod(0o711)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSAY_COMPILE_CACHE_MIB", "0")  # every judging really compiles
        yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def env(cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=cache_dir)


def verdict_of(env: JudgeEnvironment, text: str) -> Verdict:
    for event in judge(load_problem(SUMTWO), Source(text, "cpp"), JudgeOptions(), env):
        if isinstance(event, Finished):
            return event.result.verdict
    raise AssertionError("no final result")


def test_built_once_by_the_judge_and_owned_by_root(env: JudgeEnvironment, cache_dir: Path) -> None:
    assert verdict_of(env, WITH_STDCXX) == Verdict.AC
    built = list((cache_dir / "pch").glob("*/bits/stdc++.h.gch"))
    assert len(built) == 1
    assert built[0].stat().st_uid == 0 and built[0].stat().st_mode & 0o777 == 0o644
    first_build = built[0].stat().st_mtime_ns
    assert verdict_of(env, DEBUG_MODE) == Verdict.AC
    assert built[0].stat().st_mtime_ns == first_build


def test_the_compiler_uses_it_and_builds_the_same_binary(env: JudgeEnvironment) -> None:
    cpp = default_registry().get("cpp")
    listing = replace(
        cpp, compile_argv=(*(cpp.compile_argv or ())[:1], "-H", *cpp.compile_argv[1:])
    )
    sources = {"main.cpp": WITH_STDCXX.encode()}
    with env.pool.slot() as slot, tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        Path(tmp).chmod(0o711)
        include = precompiled_header_dir(cpp, slot, env.cache_dir, env.pool.sandbox_ids)
        assert include is not None
        ids = env.pool.sandbox_ids
        used = compile_program(
            listing, sources, "main.cpp", Path(tmp) / "a", slot, ids, include_dir=include
        )
        plain = compile_program(cpp, sources, "main.cpp", Path(tmp) / "b", slot, ids)
        assert used.ok and plain.ok, used.output + plain.output
        # -H marks a precompiled header it took with "!"
        assert "! /pch/bits/stdc++.h.gch" in used.output, used.output[:2000]
        assert (Path(tmp) / "a" / "main").read_bytes() == (Path(tmp) / "b" / "main").read_bytes()


def test_a_source_it_does_not_fit_compiles_as_before(env: JudgeEnvironment) -> None:
    """_GLIBCXX_DEBUG before the header: the checked containers still work (text header)."""
    out_of_range = DEBUG_MODE.replace("s.values[1];", "s.values[1]; (void)s.values[5];")
    assert verdict_of(env, out_of_range) == Verdict.RE  # the debug mode's bounds check aborts
    assert verdict_of(env, DEBUG_MODE) == Verdict.AC


def test_a_toolchain_that_cannot_build_it_compiles_without(
    env: JudgeEnvironment, cache_dir: Path
) -> None:
    cpp = default_registry().get("cpp")
    broken = replace(cpp, precompile_argv=("/usr/bin/g++", "--no-such-option", "{src}"))
    with env.pool.slot() as slot:
        assert precompiled_header_dir(broken, slot, cache_dir, env.pool.sandbox_ids) is None
        assert list((cache_dir / "pch").glob("*/.failed"))
        assert precompiled_header_dir(broken, slot, cache_dir, env.pool.sandbox_ids) is None


def test_a_source_without_the_header_neither_builds_nor_sees_it() -> None:
    own = Path(tempfile.mkdtemp(prefix="assay-test-pch-none-", dir="/var/tmp"))
    own.chmod(0o711)
    try:
        plain = WITH_STDCXX.replace(
            "#include <bits/stdc++.h>", "#include <iostream>\n#include <numeric>\n#include <vector>"
        )
        assert verdict_of(make_environment(1, cache_dir=own), plain) == Verdict.AC
        assert not (own / "pch").exists()
    finally:
        shutil.rmtree(own, ignore_errors=True)
