"""Submit -> final verdict, one submission at a time, on the platform as `make run` starts it
(`assay serve`: SQLite, the in-process queue, 2 judging slots), for `sumtwo` (14 tests: 2
samples, 12 secret) in Python, C++ and Java.

    .venv/bin/python bench/submit_latency.py [--runs 5] [--languages python3,cpp,java] [--one-slot]

Each submission is new code (a distinct comment line), so the compile cache never serves it;
the clock runs from before the POST to the long-poll's answer that the submission is final.
The baseline, in the same run and interleaved round by round, is the same work bare on the
host: the compile (same compiler and flags) and the 14 tests run one after another with their
input on stdin. Prints medians and the ratio. Root is needed (the sandbox). Not in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import CpuMeter, print_load, print_table, stats
from _platform import REPO, machine_line, platform_env, sign_up, start_server, temp_dir

SUMTWO = REPO / "problems" / "sumtwo"
ACCEPTED = SUMTWO / "submissions" / "accepted"
SOURCES = {"python3": "sumtwo.py", "cpp": "sumtwo.cpp", "java": "SumTwo.java"}
COMMENT = {"python3": "#", "cpp": "//", "java": "//"}
TARGETS_S = {"python3": 0.5, "cpp": 1.0, "java": 1.5}  # issue 13 §2, idle machine
JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"


def source(language: str, index: int) -> str:
    return f"{COMMENT[language]} latency run {index}\n" + (ACCEPTED / SOURCES[language]).read_text()


def tests() -> list[Path]:
    return sorted((SUMTWO / "data").glob("sample/*.in")) + sorted(
        (SUMTWO / "data").glob("secret/*.in")
    )


def bare_s(language: str, index: int, work: Path) -> float:
    """Compile (where the language compiles) and run every test, bare, in seconds."""
    directory = work / f"bare-{language}-{index}"
    directory.mkdir()
    name = SOURCES[language] if language != "cpp" else "main.cpp"
    src = directory / name
    src.write_text(source(language, index))
    started = time.perf_counter()
    if language == "python3":
        argv = ["/usr/bin/python3", str(src)]
    elif language == "cpp":
        flags = ["-O2", "-std=gnu++20", "-static", "-pipe"]
        subprocess.run(
            ["/usr/bin/g++", *flags, "-o", str(directory / "main"), str(src)], check=True
        )
        argv = [str(directory / "main")]
    else:
        javac = [f"{JAVA_HOME}/bin/javac", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1"]
        subprocess.run([*javac, "-d", str(directory), str(src)], check=True)
        java = [f"{JAVA_HOME}/bin/java", "-XX:+UseSerialGC", "-Xshare:auto"]
        argv = [*java, "-cp", str(directory), src.stem]
    for path in tests():
        with path.open("rb") as stdin:
            subprocess.run(argv, stdin=stdin, capture_output=True, check=True)
    return time.perf_counter() - started


async def submit_s(base_url: str, token: str, language: str, index: int) -> float:
    import httpx

    body = {"problem": "sumtwo", "language": language, "source": source(language, index)}
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=120) as client:
        started = time.perf_counter()
        response = await client.post("/api/submissions", json=body)
        if response.status_code != 202:
            sys.exit(f"submit: {response.status_code} {response.text}")
        detail = await final_detail(client, int(response.json()["id"]))
        elapsed = time.perf_counter() - started
    if detail.get("verdict") != "AC":
        sys.exit(f"{language}: {detail.get('verdict')} (expected AC): {detail.get('message')}")
    return elapsed


async def final_detail(client: Any, submission_id: int) -> dict[str, Any]:
    while True:
        response = await client.get(f"/api/submissions/{submission_id}", params={"wait": 30})
        detail: dict[str, Any] = response.json()
        if detail["state"] == "finished":
            return detail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--languages", default=",".join(SOURCES))
    parser.add_argument(
        "--one-slot",
        action="store_true",
        help="each submission's tests on its own slot only, not spread over the idle one",
    )
    args = parser.parse_args()
    languages = args.languages.split(",")
    print(machine_line())
    with temp_dir("assay-bench-latency-") as work:
        problems = work / "problems"
        problems.mkdir()
        shutil.copytree(SUMTWO, problems / "sumtwo")
        env = platform_env(work, problems)
        if args.one_slot:
            env["ASSAY_SPREAD_TESTS"] = "false"
        server, url = start_server(work, env, slots=2)
        try:
            token = asyncio.run(sign_up(url))
            for language in languages:  # toolchains' files cached, C++'s header precompiled
                asyncio.run(submit_s(url, token, language, -1))
                bare_s(language, -1, work)
            meter = CpuMeter()
            judged: dict[str, list[float]] = {language: [] for language in languages}
            bare: dict[str, list[float]] = {language: [] for language in languages}
            for index in range(args.runs):
                for language in languages:
                    judged[language].append(asyncio.run(submit_s(url, token, language, index)))
                    bare[language].append(bare_s(language, index, work))
            load = meter.read()
        finally:
            server.stop()
    rows = []
    for language in languages:
        p50, base = stats(judged[language]).median, stats(bare[language]).median
        target = TARGETS_S[language]
        met = "yes" if p50 <= target else "no"
        rows.append(
            (language, f"{p50:.3f}", f"{target:.1f}", met, f"{base:.3f}", f"{p50 / base:.1f}x")
        )
    spread = "on its own slot only" if args.one_slot else "spread over idle slots"
    print(
        f"\nsubmit -> final verdict, sumtwo (14 tests {spread}), {args.runs} runs each,"
        " medians, seconds"
    )
    print_table(("language", "p50", "target", "met", "bare compile + 14 runs", "ratio"), rows)
    print_load(load)


if __name__ == "__main__":
    main()
