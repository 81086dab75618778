"""The marginal cost of one more test: an A+B package judged whole with 1 and with N+1 secret
tests, (t(N+1) - t(1)) / N, against the same program run bare N times in the same run.

    .venv/bin/python bench/per_test_cost.py [--tests 200] [--runs 3] [--languages c,cpp,python3]
        [--dmoj]

With `--dmoj`, DMOJ's judge (PyPI `dmoj` 4.1.0, installed into a scratch virtualenv by
`_dmoj.py`) grades the same program on the same two test sets in each round: the peer.

Judging goes through the real pipeline (`assay judge`'s path: load, compile, every test in the
sandbox, the default output validator), one slot, compile cache warm so both package sizes pay
the same for the build. Bare is `Popen` + `wait` of the same program with the test's input on
stdin and its output read back, on the host. Rounds are interleaved (1 test, N+1 tests, bare) so
drift in the machine's load hits all three alike. Prints medians (ms per test) and the ratio.
Root is needed (the sandbox). Not in CI.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _dmoj
from _common import CpuMeter, print_load, print_machine, print_table, require_root, stats

from assay.core.events import Finished
from assay.core.types import Verdict
from assay.judge.environment import make_environment
from assay.judge.pipeline import JudgeEnvironment, judge
from assay.judge.types import JudgeOptions, Source
from assay.problems.loader import load_problem
from assay.sandbox import SandboxPool

PROGRAMS = {
    "c": (
        "main.c",
        '#include <stdio.h>\nint main(void){long long a,b;if(scanf("%lld %lld",&a,&b)!=2)'
        'return 1;printf("%lld\\n",a+b);return 0;}\n',
    ),
    "cpp": (
        "main.cpp",
        "#include <bits/stdc++.h>\nusing namespace std;\nint main(){ios::sync_with_stdio(false);"
        "long long a,b;cin>>a>>b;cout<<a+b<<'\\n';}\n",
    ),
    "python3": ("main.py", "import sys\na, b = map(int, sys.stdin.read().split())\nprint(a + b)\n"),
    "java": (
        "Main.java",
        "import java.io.*;\nimport java.util.*;\npublic class Main {\n"
        "  public static void main(String[] args) throws IOException {\n"
        "    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
        "    StringTokenizer st = new StringTokenizer(in.readLine());\n"
        "    long a = Long.parseLong(st.nextToken()), b = Long.parseLong(st.nextToken());\n"
        "    System.out.println(a + b);\n  }\n}\n",
    ),
}
# The JVM as the judge starts it (heap and stack of the package's 256 MiB), without the box.
JAVA = "/usr/lib/jvm/java-17-openjdk-amd64/bin"
JAVA_RUN = ["-Xmx256m", "-Xss256m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1"]
JAVA_RUN += ["-XX:-UsePerfData", "-Xshare:auto"]
BARE_BUILD = {
    "c": ["gcc", "-O2", "-static", "-o", "{out}", "{src}"],
    "cpp": ["g++", "-O2", "-static", "-o", "{out}", "{src}"],
}


def write_package(directory: Path, secret_tests: int) -> Path:
    """A pass-fail package (2023-07 format, default validator) with that many A+B tests."""
    (directory / "data" / "secret").mkdir(parents=True)
    (directory / "problem.yaml").write_text(
        "problem_format_version: 2023-07-draft\nname: A plus B\n"
        "limits:\n  time_limit: 2\n  memory: 256\n"
    )
    rng = random.Random(secret_tests)
    for index in range(secret_tests):
        a, b = rng.randint(-(10**9), 10**9), rng.randint(-(10**9), 10**9)
        stem = directory / "data" / "secret" / f"{index:03d}"
        stem.with_suffix(".in").write_text(f"{a} {b}\n")
        stem.with_suffix(".ans").write_text(f"{a + b}\n")
    return directory


def judge_s(env: JudgeEnvironment, package: Path, source: Source) -> float:
    started = time.perf_counter()
    problem = load_problem(package)
    for event in judge(problem, source, JudgeOptions(), env):
        if isinstance(event, Finished) and event.result.verdict != Verdict.AC:
            sys.exit(f"{source.language_id}: {event.result.verdict.value} {event.result.message}")
    return time.perf_counter() - started


def bare_argv(language: str, work: Path) -> list[str]:
    name, text = PROGRAMS[language]
    src = work / name
    src.write_text(text)
    if language == "python3":
        return ["/usr/bin/python3", str(src)]
    if language == "java":
        subprocess.run([f"{JAVA}/javac", "-d", str(work), str(src)], check=True)
        return [f"{JAVA}/java", *JAVA_RUN, "-cp", str(work), "Main"]
    out = work / f"bare-{language}"
    build = [part.format(out=out, src=src) for part in BARE_BUILD[language]]
    subprocess.run(build, check=True)
    return [str(out)]


def bare_per_test_s(argv: list[str], inputs: list[Path]) -> float:
    started = time.perf_counter()
    for path in inputs:
        with path.open("rb") as stdin:
            done = subprocess.run(argv, stdin=stdin, capture_output=True, check=True)
        if path.with_suffix(".ans").read_bytes().split() != done.stdout.split():
            sys.exit(f"bare run of {argv[0]} gave a wrong answer on {path.name}")
    return (time.perf_counter() - started) / len(inputs)


DmojSetup = tuple[Path, Path, dict[str, int]]


def _dmoj_setup(work: Path, small: Path, large: Path) -> DmojSetup:
    python = _dmoj.ensure_dmoj()
    problems = dict(_dmoj.write_problem(package, work / "problems") for package in (small, large))
    return python, _dmoj.write_config(work, python), problems


def dmoj_marginal_s(dmoj: DmojSetup, work: Path, language: str, n: int) -> float:
    python, config, problems = dmoj
    name, text = PROGRAMS[language]
    source = work / f"dmoj-{name}"
    source.write_text(text)
    one, many = _dmoj.grading_s(python, config, language, source, problems)
    return (many - one) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tests", type=int, default=200, help="N: the extra tests")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--languages", default=",".join(PROGRAMS))
    parser.add_argument(
        "--dmoj", action="store_true", help="DMOJ's judge as the peer (C, C++, Python)"
    )
    parser.add_argument(
        "--fresh-boxes",
        action="store_true",
        help="no resident boxes: a fresh box for every test (the A/B baseline)",
    )
    args = parser.parse_args()
    require_root()
    print_machine()
    work = Path(tempfile.mkdtemp(prefix="assay-bench-per-test-", dir="/var/tmp"))
    work.chmod(0o711)
    try:
        (work / "cache").mkdir(mode=0o711)
        env = make_environment(1, cache_dir=work / "cache")
        if args.fresh_boxes:
            pool = SandboxPool(1, launcher_dir=env.cache_dir, resident_boxes=False)
            env = dataclasses.replace(env, pool=pool)
        small = write_package(work / "one", 1)
        large = write_package(work / "many", args.tests + 1)
        inputs = sorted((large / "data" / "secret").glob("*.in"))[: args.tests]
        dmoj = _dmoj_setup(work, small, large) if args.dmoj else None
        meter = CpuMeter()
        rows = []
        for language in args.languages.split(","):
            name, text = PROGRAMS[language]
            source = Source(text, language, filename=name)
            argv = bare_argv(language, work)
            judge_s(env, small, source)  # compile cache and the toolchain's files warm
            marginal, bare, peer = [], [], []
            for _ in range(args.runs):
                one = judge_s(env, small, source)
                many = judge_s(env, large, source)
                marginal.append((many - one) / args.tests)
                bare.append(bare_per_test_s(argv, inputs))
                if dmoj is not None and language in _dmoj.LANGUAGES:
                    peer.append(dmoj_marginal_s(dmoj, work, language, args.tests))
            assay_ms, bare_ms = stats(marginal).median * 1e3, stats(bare).median * 1e3
            peer_ms = stats(peer).median * 1e3 if peer else None
            rows.append(
                (
                    language,
                    f"{assay_ms:.2f}",
                    f"{bare_ms:.2f}",
                    f"{assay_ms - bare_ms:.2f}",
                    f"{assay_ms / bare_ms:.1f}x",
                    f"{peer_ms:.2f}" if peer_ms else "-",
                    f"{assay_ms / peer_ms:.2f}" if peer_ms else "-",
                )
            )
        print(f"\nmarginal cost of one more test, A+B, 1 vs {args.tests + 1} tests")
        print(f"({args.runs} interleaved rounds, medians, ms per test)")
        header = (
            "language",
            "assay judge",
            "bare (baseline)",
            "over bare",
            "ratio",
            "DMOJ",
            "assay / DMOJ",
        )
        print_table(header, rows)
        print_load(meter.read())
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
