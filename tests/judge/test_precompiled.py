"""What a language precompiles (C++'s `bits/stdc++.h`, javac's class archive): built once per
toolchain by the sandbox user, used by the compiler when valid, and changing nothing of what
compiles or how."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.compile import compile_program
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.precompiled import precompiled_dir
from assay.judge.types import JudgeOptions, Source
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
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def env(cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=cache_dir, compile_cache_mib=0)  # every judging compiles


def verdict_of(env: JudgeEnvironment, text: str, language: str = "cpp") -> Verdict:
    for event in judge(load_problem(SUMTWO), Source(text, language), JudgeOptions(), env):
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
        include = precompiled_dir(cpp, slot, env.cache_dir, env.pool.sandbox_ids)
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
    assert cpp.precompiled is not None
    broken_build = ("/usr/bin/g++", "--no-such-option", "{src}")
    broken = replace(cpp, precompiled=replace(cpp.precompiled, build_argv=broken_build))
    with env.pool.slot() as slot:
        assert precompiled_dir(broken, slot, cache_dir, env.pool.sandbox_ids) is None
        assert list((cache_dir / "pch").glob("*/.failed"))
        assert precompiled_dir(broken, slot, cache_dir, env.pool.sandbox_ids) is None


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


JAVA_HELPERS = """import java.io.*;
import java.util.*;

public class Main {
    static final class FastReader {
        private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        private StringTokenizer tokens;

        long nextLong() throws IOException {
            while (tokens == null || !tokens.hasMoreTokens()) {
                tokens = new StringTokenizer(in.readLine());
            }
            return Long.parseLong(tokens.nextToken());
        }
    }

    record Pair(long a, long b) {
        long sum() { return a + b; }
    }

    public static void main(String[] args) throws IOException {
        FastReader reader = new FastReader();
        int n = (int) reader.nextLong();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Pair pair = new Pair(reader.nextLong(), reader.nextLong());
            out.append(pair.sum()).append('\\n');
        }
        System.out.print(out);
    }
}
"""


def test_javac_loads_its_classes_from_the_archive_and_builds_the_same_classes(
    env: JudgeEnvironment,
) -> None:
    """-Xshare:on makes the JVM fail where it cannot map the archive: a compile that succeeds
    with it used the archive. The class files are those of a compile without it."""
    java = default_registry().get("java")
    assert java.compile_argv is not None
    strict = replace(
        java, compile_argv=(java.compile_argv[0], "-J-Xshare:on", *java.compile_argv[1:])
    )
    sources = {"Main.java": JAVA_HELPERS.encode()}
    with env.pool.slot() as slot, tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        Path(tmp).chmod(0o711)
        archive_dir = precompiled_dir(java, slot, env.cache_dir, env.pool.sandbox_ids)
        assert archive_dir is not None
        assert (archive_dir / "javac.jsa").stat().st_uid == 0
        ids = env.pool.sandbox_ids
        used = compile_program(
            strict, sources, "Main.java", Path(tmp) / "a", slot, ids, include_dir=archive_dir
        )
        plain = compile_program(java, sources, "Main.java", Path(tmp) / "b", slot, ids)
        assert used.ok and plain.ok, used.output + plain.output
        assert used.output == "", used.output  # the JVM says nothing about its archive
        for name in ("Main.class", "Main$FastReader.class", "Main$Pair.class"):
            assert (Path(tmp) / "a" / name).read_bytes() == (Path(tmp) / "b" / name).read_bytes()
    assert verdict_of(env, JAVA_HELPERS, "java") == Verdict.AC
