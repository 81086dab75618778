"""What a function problem costs against the same work as a stdin/stdout problem.

One 50-test Two Sum (n = 2,000 per test), judged end to end with a warm compile cache, three ways
per language, interleaved in one run:

1. stdin/stdout: the classic program reads every test's input itself (the baseline);
2. function, batch: the platform's driver calls `twoSum` for every test in one process;
3. function, one process per test (`isolation: process`).

    .venv/bin/python bench/function_problems.py [--runs 5] [--languages python3,java,cpp]

Prints medians (seconds, wall clock) and each ratio against the stdin/stdout baseline. Root is
needed (the sandbox). Not in CI. The target (issue 11): batch Python and Java within 1.5x.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from _common import print_machine, print_table, require_root, stats

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.problems.model import Problem

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "tests" / "harness" / "solutions" / "twosum"
FUNCTION_FILES = {
    "python3": "solution.py",
    "cpp": "solution.cpp",
    "java": "Solution.java",
    "javascript": "solution.js",
    "go": "solution.go",
    "rust": "solution.rs",
}
TESTS = 50
SIZE = 2000
PROBLEM_YAML = """problem_format_version: 2025-09
type: pass-fail
name: {name}
limits:
  time_limit: 2
  memory: 256
"""
FUNCTION_YAML = """function_format_version: 1
name: twoSum
params: [{{name: nums, type: "integer[]"}}, {{name: target, type: integer}}]
return: {{type: "integer[]"}}
compare: {{mode: unordered}}
isolation: {isolation}
"""
# The same work read from stdin: "n target" then the n numbers; prints "i j".
STDIN_SOURCES = {
    "python3": """import sys
def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    seen = {}
    for i in range(n):
        x = int(data[2 + i])
        if target - x in seen:
            print(seen[target - x], i)
            return
        seen[x] = i
main()
""",
    "cpp": """#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false); cin.tie(nullptr);
    int n, target; cin >> n >> target;
    unordered_map<int, int> seen;
    for (int i = 0; i < n; i++) {
        int x; cin >> x;
        auto it = seen.find(target - x);
        if (it != seen.end()) { cout << it->second << ' ' << i << '\\n'; return 0; }
        seen[x] = i;
    }
}
""",
    "java": """import java.io.*;
import java.util.*;
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st =
            new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int target = (int) st.nval;
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            st.nextToken(); int x = (int) st.nval;
            Integer j = seen.get(target - x);
            if (j != null) { System.out.println(j + " " + i); return; }
            seen.put(x, i);
        }
    }
}
""",
    "javascript": """const text = require("fs").readFileSync(0, "utf8");
const data = text.split(/\\s+/).filter(Boolean).map(Number);
const [n, target] = data;
const seen = new Map();
for (let i = 0; i < n; i++) {
    const x = data[2 + i];
    if (seen.has(target - x)) { console.log(seen.get(target - x) + " " + i); break; }
    seen.set(x, i);
}
""",
    "go": """package main
import ("bufio"; "fmt"; "os")
func main() {
	r := bufio.NewReader(os.Stdin)
	var n, target int
	fmt.Fscan(r, &n, &target)
	seen := map[int]int{}
	for i := 0; i < n; i++ {
		var x int
		fmt.Fscan(r, &x)
		if j, ok := seen[target-x]; ok { fmt.Println(j, i); return }
		seen[x] = i
	}
}
""",
    "rust": """use std::collections::HashMap;
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    let v: Vec<i64> = s.split_ascii_whitespace().map(|x| x.parse().unwrap()).collect();
    let (n, target) = (v[0] as usize, v[1]);
    let mut seen: HashMap<i64, usize> = HashMap::new();
    for i in 0..n {
        let x = v[2 + i];
        if let Some(&j) = seen.get(&(target - x)) { println!("{} {}", j, i); return; }
        seen.insert(x, i);
    }
}
""",
}


def _cases(seed: int = 7) -> list[tuple[list[int], int, list[int]]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(TESTS):
        nums = rng.sample(range(-(10**9), 10**9), SIZE)
        i, j = sorted(rng.sample(range(SIZE), 2))
        target = nums[i] + nums[j]
        # Make the pair unique: no other pair sums to target (rare; re-draw when it happens).
        seen: dict[int, int] = {}
        pair = None
        for k, x in enumerate(nums):
            if target - x in seen:
                pair = [seen[target - x], k]
                break
            seen[x] = k
        cases.append((nums, target, pair or [i, j]))
    return cases


def _write(root: Path, name: str, files: dict[str, str]) -> Problem:
    package = root / name
    for relative, text in {"problem.yaml": PROBLEM_YAML.format(name=name), **files}.items():
        path = package / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return load_problem(package)


def packages(root: Path) -> dict[str, Problem]:
    cases = _cases()
    function_data, stdin_data = {}, {}
    for number, (nums, target, pair) in enumerate(cases, start=1):
        name = f"data/secret/{number:02d}"
        compact = json.dumps(nums, separators=(",", ":"))
        function_data[f"{name}.in"] = f"{compact}\n{target}\n"
        function_data[f"{name}.ans"] = json.dumps(pair) + "\n"
        stdin_data[f"{name}.in"] = f"{SIZE} {target}\n{' '.join(map(str, nums))}\n"
        stdin_data[f"{name}.ans"] = f"{pair[0]} {pair[1]}\n"
    return {
        "stdin": _write(root, "stdin", stdin_data),
        "batch": _write(
            root,
            "batch",
            {"function.yaml": FUNCTION_YAML.format(isolation="batch"), **function_data},
        ),
        "process": _write(
            root,
            "process",
            {"function.yaml": FUNCTION_YAML.format(isolation="process"), **function_data},
        ),
    }


def judge_s(env: JudgeEnvironment, problem: Problem, source: Source) -> float:
    start = time.perf_counter()
    finished = [e for e in judge(problem, source, JudgeOptions(), env) if isinstance(e, Finished)]
    elapsed = time.perf_counter() - start
    result = finished[-1].result
    if result.verdict != Verdict.AC or len(result.tests) != TESTS:
        failed = [t.message for t in result.tests if t.verdict != Verdict.AC][:1]
        sys.exit(f"{problem.short_name} {source.language_id}: {result.verdict} {failed}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--languages", default="python3,java,cpp,javascript,go,rust")
    args = parser.parse_args()
    require_root()
    print_machine()
    env = make_environment(1)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        problems = packages(Path(tmp))
        for language in args.languages.split(","):
            sources = {
                "stdin": Source(STDIN_SOURCES[language], language),
                "batch": Source((SOLUTIONS / FUNCTION_FILES[language]).read_text(), language),
            }
            sources["process"] = sources["batch"]
            times: dict[str, list[float]] = {kind: [] for kind in sources}
            for kind, source in sources.items():  # warm the compile cache and the page cache
                judge_s(env, problems[kind], source)
            for _ in range(args.runs):
                for kind, source in sources.items():  # interleaved: drifts hit all three alike
                    times[kind].append(judge_s(env, problems[kind], source))
            base, batch, process = (stats(times[k]).median for k in ("stdin", "batch", "process"))
            rows.append(
                (
                    language,
                    f"{base:.3f}",
                    f"{batch:.3f}",
                    f"{batch / base:.2f}x",
                    f"{process:.3f}",
                    f"{process / base:.2f}x",
                )
            )
            print(f"{language}: done", flush=True)
    print(
        f"\n{TESTS} tests of n = {SIZE}, whole judging, warm compile cache, median of {args.runs}"
    )
    print_table(
        (
            "language",
            "stdin/stdout (baseline)",
            "function batch",
            "ratio",
            "process per test",
            "ratio",
        ),
        rows,
    )


if __name__ == "__main__":
    main()
