"""The compile cache: an identical source by the same toolchain is copied, not compiled, and runs
to the same verdict; anything that could change the build misses; the cache stays bounded."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assay.core.events import Compiled, Finished
from assay.core.types import Verdict
from assay.judge.compile import compile_program
from assay.judge.compile_cache import CompileCache
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.languages import default_registry
from assay.problems.loader import load_problem

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"
JAVA_WITH_HELPERS = (Path(__file__).parent / "regressions" / "java" / "Helper.java").read_text()
CPP_SUMTWO = """#include <bits/stdc++.h>
using namespace std;

struct Pair { long long a, b; long long sum() const { return a + b; } };

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<Pair> pairs(n);
    for (auto& p : pairs) cin >> p.a >> p.b;
    for (const auto& p : pairs) cout << p.sum() << '\\n';
}
"""


@pytest.fixture
def cache_dir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="assay-test-compile-cache-", dir="/var/tmp"))
    path.chmod(0o711)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def env(cache_dir: Path) -> JudgeEnvironment:
    return make_environment(1, cache_dir=cache_dir)


def judged(env: JudgeEnvironment, source: Source) -> tuple[Verdict, str]:
    compiled = ""
    for event in judge(load_problem(SUMTWO), source, JudgeOptions(), env):
        if isinstance(event, Compiled):
            compiled = event.output
        if isinstance(event, Finished):
            return event.result.verdict, compiled
    raise AssertionError("no final result")


def entries(cache_dir: Path) -> list[str]:
    root = cache_dir / "compiled"
    return (
        sorted(p.name for p in root.iterdir() if not p.name.startswith("."))
        if root.exists()
        else []
    )


@pytest.mark.sandbox
@pytest.mark.parametrize(
    ("text", "language"), [(CPP_SUMTWO, "cpp"), (JAVA_WITH_HELPERS, "java")], ids=["cpp", "java"]
)
def test_an_identical_source_is_judged_from_the_cache_to_the_same_verdict(
    env: JudgeEnvironment, cache_dir: Path, text: str, language: str
) -> None:
    """Java's nested and helper classes (every `.class` the compiler wrote) come back too."""
    assert judged(env, Source(text, language))[0] == Verdict.AC
    assert len(entries(cache_dir)) == 1
    assert judged(env, Source(text, language))[0] == Verdict.AC
    assert len(entries(cache_dir)) == 1


@pytest.mark.sandbox
def test_a_hit_skips_the_compiler_and_gives_the_sandbox_user_the_same_files(
    env: JudgeEnvironment,
) -> None:
    cpp = default_registry().get("cpp")
    cache = CompileCache.under(env.cache_dir)
    assert cache is not None
    sources = {"main.cpp": CPP_SUMTWO.encode()}
    with env.pool.slot() as slot, tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        os.chmod(tmp, 0o711)
        first = compile_program(
            cpp, sources, "main.cpp", Path(tmp) / "a", slot, env.pool.sandbox_ids, cache=cache
        )
        second = compile_program(
            cpp, sources, "main.cpp", Path(tmp) / "b", slot, env.pool.sandbox_ids, cache=cache
        )
        assert first.ok and not first.cached
        assert second.ok and second.cached
        built = {p.name: p for p in (Path(tmp) / "b").iterdir()}
        assert (Path(tmp) / "a" / "main").read_bytes() == built["main"].read_bytes()
        assert built["main"].stat().st_uid == env.pool.sandbox_ids[0]
        assert os.access(built["main"], os.X_OK)


@pytest.mark.sandbox
def test_a_changed_source_header_or_flag_misses(env: JudgeEnvironment) -> None:
    cpp = default_registry().get("cpp")
    cache = CompileCache.under(env.cache_dir)
    assert cache is not None
    sources = {"main.cpp": CPP_SUMTWO.encode(), "util.h": b"// v1\n"}
    key = cache.key(cpp, sources, "main.cpp", ())
    assert key == cache.key(cpp, dict(reversed(sources.items())), "main.cpp", ())
    assert key != cache.key(cpp, {**sources, "util.h": b"// v2\n"}, "main.cpp", ())
    assert key != cache.key(cpp, {**sources, "main.cpp": b"int main(){}"}, "main.cpp", ())
    assert key != cache.key(cpp, sources, "util.h", ())
    flags = replace(cpp, compile_argv=(*(cpp.compile_argv or ()), "-DONLINE_JUDGE"))
    assert key != cache.key(flags, sources, "main.cpp", ())
    other_compiler = replace(cpp, toolchain=("/usr/bin/gcc",))
    assert key != cache.key(other_compiler, sources, "main.cpp", ())


@pytest.mark.sandbox
def test_a_compile_error_is_not_kept(env: JudgeEnvironment, cache_dir: Path) -> None:
    verdict, output = judged(env, Source("int main() { return missing; }\n", "c"))
    assert verdict == Verdict.CE and "missing" in output
    assert entries(cache_dir) == []


def _build(tmp: Path, name: str, size: int) -> Path:
    build = tmp / name
    build.mkdir()
    (build / "main").write_bytes(b"x" * size)
    return build


def test_least_recently_used_entries_go_first_when_the_cache_is_full(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path / "compiled", max_bytes=8000)
    names = [f"e{i}" for i in range(8)]
    for age, name in enumerate(names):
        cache.store(name, _build(tmp_path, name, 1000), "")
        os.utime(cache.root / name, (age + 1, age + 1))
    assert entries(tmp_path) == names  # exactly full
    owner = (os.getuid(), os.getgid())
    assert cache.fetch("e0", _build(tmp_path, "fetched", 0), owner) is not None  # now the newest
    cache.store("e8", _build(tmp_path, "e8", 1000), "")
    assert entries(tmp_path) == ["e0", *names[2:], "e8"]  # e1 was the least recently used
    assert cache.fetch("e1", _build(tmp_path, "fetched-e1", 0), owner) is None


def test_a_build_too_big_for_the_cache_is_not_kept(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path / "compiled", max_bytes=8 * 1000)
    cache.store("big", _build(tmp_path, "big", 1001), "")
    assert entries(tmp_path) == []


def test_fifos_in_a_build_are_not_copied(tmp_path: Path) -> None:
    """Opening a FIFO a build left behind would block the judge forever."""
    build = _build(tmp_path, "build", 10)
    os.mkfifo(build / "pipe")
    (build / "link").symlink_to("/etc/hostname")
    cache = CompileCache(tmp_path / "compiled")
    cache.store("k", build, "warning: x")
    target = _build(tmp_path, "target", 0)
    hit = cache.fetch("k", target, (os.getuid(), os.getgid()))
    assert hit is not None and hit.output == "warning: x"
    assert sorted(p.name for p in target.iterdir()) == ["link", "main"]
    assert (target / "link").is_symlink()
