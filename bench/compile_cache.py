"""What compiling costs and what Assay saves of it, interleaved in one run:

1. the compile cache: the same submission judged end to end on `problems/sumtwo` (compile, then
   every test) with the cache off (the baseline) and warm;
2. the precompiled `bits/stdc++.h`: one C++ compile in the sandbox without it (the baseline) and
   with it.

    .venv/bin/python bench/compile_cache.py [--runs 5] [--languages cpp,java,rust,go,c]

Prints medians (seconds, wall clock) and the ratios. Root is needed (the sandbox). Not in CI.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import print_machine, print_table, require_root, stats

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.compile import compile_program
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.precompiled import precompiled_dir
from assay.judge.types import JudgeOptions, Source
from assay.languages import default_registry
from assay.problems.loader import load_problem

ROOT = Path(__file__).resolve().parents[1]
SUMTWO = ROOT / "problems" / "sumtwo"
CPP_SUMTWO = """#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false); cin.tie(nullptr);
    int n; cin >> n;
    vector<pair<long long, long long>> v(n);
    for (auto& [a, b] : v) cin >> a >> b;
    for (auto& [a, b] : v) cout << a + b << '\\n';
}
"""
C_SUMTWO = """#include <stdio.h>
int main(void) {
    int n; long long a, b;
    if (scanf("%d", &n) != 1) return 1;
    while (n-- > 0 && scanf("%lld %lld", &a, &b) == 2) printf("%lld\\n", a + b);
    return 0;
}
"""
RUST_SUMTWO = """use std::io::{self, Read, Write};
fn main() {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap();
    let mut out = String::new();
    for _ in 0..n { let a = it.next().unwrap(); let b = it.next().unwrap();
        out.push_str(&format!("{}\\n", a + b)); }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
"""
GO_SUMTWO = """package main
import ("bufio"; "fmt"; "os")
func main() {
	in := bufio.NewReader(os.Stdin); out := bufio.NewWriter(os.Stdout); defer out.Flush()
	var n int; fmt.Fscan(in, &n)
	for i := 0; i < n; i++ { var a, b int64; fmt.Fscan(in, &a, &b); fmt.Fprintln(out, a+b) }
}
"""
SOURCES = {
    "c": C_SUMTWO,
    "cpp": CPP_SUMTWO,
    "java": (ROOT / "tests/judge/regressions/java/Helper.java").read_text(),
    "rust": RUST_SUMTWO,
    "go": GO_SUMTWO,
}


def judge_s(env: JudgeEnvironment, source: Source) -> float:
    started = time.perf_counter()
    for event in judge(load_problem(SUMTWO), source, JudgeOptions(), env):
        if isinstance(event, Finished) and event.result.verdict != Verdict.AC:
            sys.exit(f"{source.language_id}: {event.result.verdict.value} {event.result.message}")
    return time.perf_counter() - started


def compile_s(env: JudgeEnvironment, build: Path, include: Path | None) -> float:
    cpp = default_registry().get("cpp")
    sources = {"main.cpp": CPP_SUMTWO.encode()}
    with env.pool.slot() as slot:
        started = time.perf_counter()
        outcome = compile_program(
            cpp, sources, "main.cpp", build, slot, env.pool.sandbox_ids, include_dir=include
        )
        elapsed = time.perf_counter() - started
    if not outcome.ok:
        sys.exit(f"C++ did not compile: {outcome.output}")
    return elapsed


def precompiled_header_table(env: JudgeEnvironment, runs: int) -> None:
    with env.pool.slot() as slot:
        started = time.perf_counter()
        cpp = default_registry().get("cpp")
        include = precompiled_dir(cpp, slot, env.cache_dir, env.pool.sandbox_ids)
        built_s = time.perf_counter() - started
    if include is None:
        sys.exit("the precompiled header could not be built (see the log)")
    build = env.cache_dir / "bench-build"
    without, with_header = [], []
    for _ in range(runs):
        without.append(compile_s(env, build, None))
        with_header.append(compile_s(env, build, include))
    off, on = stats(without).median, stats(with_header).median
    print(f"\nC++ compile of A+B with bits/stdc++.h ({runs} runs each, medians, seconds;")
    print(f"building the precompiled header once took {built_s:.2f} s)")
    print_table(
        ("compile", "without (baseline)", "with precompiled header", "speed-up"),
        [("g++ -O2 -std=gnu++20 -static", f"{off:.3f}", f"{on:.3f}", f"{off / on:.1f}x")],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--languages", default=",".join(SOURCES))
    args = parser.parse_args()
    require_root()
    print_machine()
    cache_dir = Path(tempfile.mkdtemp(prefix="assay-bench-cache-", dir="/var/tmp"))
    cache_dir.chmod(0o711)
    try:
        env = make_environment(1, cache_dir=cache_dir)
        uncached = replace(env, compile_cache_mib=0)  # the same pool and calibration
        precompiled_header_table(env, args.runs)  # first: it times the header's one build
        rows = []
        for language in args.languages.split(","):
            source = Source(SOURCES[language], language)
            judge_s(env, source)  # fills the cache and warms the toolchain's files
            cold, warm = [], []
            for _ in range(args.runs):  # interleaved: drift in the machine hits both alike
                cold.append(judge_s(uncached, source))
                warm.append(judge_s(env, source))
            off, on = stats(cold).median, stats(warm).median
            rows.append((language, f"{off:.3f}", f"{on:.3f}", f"{off / on:.1f}x"))
        print(f"\nwhole judging of sumtwo ({args.runs} runs each, medians, seconds)")
        print_table(("language", "cache off (baseline)", "cache warm", "speed-up"), rows)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
