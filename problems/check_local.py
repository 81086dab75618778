#!/usr/bin/env python3
"""Local consistency check for the problem packages bundled with Assay.

    python3 problems/check_local.py                 # every package under problems/
    python3 problems/check_local.py sumtwo lis      # only these
    python3 problems/check_local.py --regen         # also re-run each generator in a scratch copy
                                                    # and require byte-identical data/
    python3 problems/check_local.py --no-run        # layout, metadata and validators only

For every package this checks the layout and metadata (2025-09 format plus Assay's assay.yaml),
runs the input validators on every .in (data/invalid_input/ must be rejected), checks that every
.ans passes the output validator (and data/valid_output/, data/invalid_output/ if present), then
compiles and runs every example submission on every test case (samples first, then secret, in
lexicographic order) and compares the verdicts with the submission's directory:

  accepted/             every case AC; slowest case <= time_limit / ac_to_time_limit (2.0);
                        Python (CPython) additionally <= 40% of the time limit
  wrong_answer/         every case AC or WA, at least one WA, never slower than time_limit / 2
  time_limit_exceeded/  AC or TLE on every case, and at least one TLE still running at 3x the
                        limit (cases after that one are not run)

Verdicts use CPU time (user + sys of the submission process, from wait4). Non-interactive output
is judged by a Python port of the default output validator (whitespace-insensitive tokens,
case-insensitive, float tolerances from output_validator_args) or by the package's
output_validator/validator.py. Interactive problems are run by connecting the validator and the
submission with two pipes (the validator's stdout feeds the submission's stdin and vice versa),
with the problemtools verdict precedence. The exit status is 0 only if everything is green.

Needs python3 (3.11) with PyYAML, g++ (C++20) and a JDK 17 (javac, java) on PATH.
"""

from __future__ import annotations

import argparse
import filecmp
import math
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
PY = sys.executable or "python3"

FORMAT_VERSION = "2025-09"
DIFFICULTIES = ("easy", "medium", "hard")
SHORT_NAME = re.compile(r"^[a-z0-9]+$")
FILE_NAME = re.compile(r"^[a-zA-Z0-9_][a-zA-Z0-9_.-]{0,254}$")
MAX_IN_BYTES = 2 * 1024 * 1024
MAX_PACKAGE_BYTES = 5 * 1024 * 1024
AC_TO_TIME_LIMIT = 2.0  # 2025-09 default time_multipliers.ac_to_time_limit
PY_SHARE = 0.40  # accepted CPython solutions: at most this share of the time limit
TLE_FACTOR = 3.0  # time_limit_exceeded submissions must still run at this multiple of the limit
JAVA_OPTS = ["-Xss64m", "-Xmx256m", "-XX:+UseSerialGC"]


# --------------------------------------------------------------------------- reporting


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def fail(self, problem: str, msg: str) -> None:
        self.failures.append(f"{problem}: {msg}")
        print(f"    FAIL {msg}")


def human(n: float) -> str:
    return f"{n:.2f}s"


# --------------------------------------------------------------------------- processes


@dataclass
class RunResult:
    exit_code: int | None  # None: killed by a signal
    signal: int | None
    cpu: float
    wall: float
    maxrss_mib: float
    timed_out: bool  # stopped by the CPU limit (or, as a backstop, the wall-clock limit)


def cpu_limiter(seconds: int):  # type: ignore[no-untyped-def]
    """preexec_fn: cap the child's CPU time (SIGXCPU at `seconds`, SIGKILL one second later)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))

    return apply


def wall_limit(cpu_limit: int) -> float:
    # The machine may be shared, so wall time can be far above CPU time; this only stops hangs.
    return max(20.0, 8.0 * cpu_limit)


def _wait(pid: int, deadline: float) -> tuple[int, os.struct_rusage | None, bool]:
    """Wait for pid until the monotonic deadline; kill it after that. Returns (status, rusage, killed)."""
    killed = False
    while True:
        wpid, status, usage = os.wait4(pid, os.WNOHANG)
        if wpid == pid:
            return status, usage, killed
        if time.monotonic() > deadline and not killed:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            killed = True
        time.sleep(0.002)


def _result(
    status: int, usage: os.struct_rusage | None, wall: float, killed: bool, cpu_limit: int
) -> RunResult:
    cpu = usage.ru_utime + usage.ru_stime if usage else 0.0
    rss = usage.ru_maxrss / 1024 if usage else 0.0
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        # SIGXCPU is only sent at the soft CPU limit; SIGKILL follows at the hard limit.
        hit_cpu = sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu >= 0.9 * cpu_limit)
        return RunResult(None, sig, cpu, wall, rss, killed or hit_cpu)
    return RunResult(os.WEXITSTATUS(status), None, cpu, wall, rss, killed)


def run_program(cmd: list[str], stdin: Path, stdout: Path, cpu_limit: int, cwd: Path) -> RunResult:
    with stdin.open("rb") as fin, stdout.open("wb") as fout:
        start = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=fin, stdout=fout, stderr=subprocess.DEVNULL, cwd=cwd,
            start_new_session=True, preexec_fn=cpu_limiter(cpu_limit),
        )
        status, usage, killed = _wait(proc.pid, start + wall_limit(cpu_limit))
        proc.returncode = 0  # reaped by us
    return _result(status, usage, time.monotonic() - start, killed, cpu_limit)


# --------------------------------------------------------------------------- building


@dataclass
class Program:
    path: Path
    lang: str
    cmd: list[str]
    cwd: Path


def build(src: Path, scratch: Path) -> Program | str:
    """Compile src into scratch; return a runnable Program or an error message."""
    out = scratch / f"{src.parent.name}__{src.stem}"
    out.mkdir(parents=True, exist_ok=True)
    if src.suffix == ".py":
        return Program(src, "python", [PY, str(src)], out)
    if src.suffix == ".cpp":
        exe = out / "a.out"
        r = subprocess.run(
            ["g++", "-O2", "-std=c++20", "-o", str(exe), str(src)], capture_output=True, text=True
        )
        if r.returncode:
            return f"compile error:\n{r.stderr[-2000:]}"
        return Program(src, "cpp", [str(exe)], out)
    if src.suffix == ".java":
        r = subprocess.run(["javac", "-d", str(out), str(src)], capture_output=True, text=True)
        if r.returncode:
            return f"compile error:\n{r.stderr[-2000:]}"
        return Program(src, "java", ["java", *JAVA_OPTS, "-cp", str(out), src.stem], out)
    return f"unknown language for {src.name}"


# --------------------------------------------------------------------------- default validator

FLOAT = re.compile(rb"[+-]?([0-9]*\.[0-9]+|[0-9]+\.|[0-9]+)([eE][+-]?[0-9]+)?")


def parse_flags(args: list[str]) -> dict[str, object]:
    flags: dict[str, object] = {"case_sensitive": False, "space": False, "abs": None, "rel": None}
    i = 0
    while i < len(args):
        a = args[i]
        if a == "case_sensitive":
            flags["case_sensitive"] = True
        elif a == "space_change_sensitive":
            flags["space"] = True
        elif a in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"):
            eps = float(args[i + 1])
            i += 1
            if a != "float_relative_tolerance":
                flags["abs"] = eps
            if a != "float_absolute_tolerance":
                flags["rel"] = eps
        else:
            raise ValueError(f"unknown default validator argument {a!r}")
        i += 1
    return flags


def default_validate(team: bytes, judge: bytes, args: list[str]) -> tuple[bool, str]:
    flags = parse_flags(args)
    if flags["space"] and re.split(rb"\S+", team) != re.split(rb"\S+", judge):
        return False, "whitespace differs"
    t, j = team.split(), judge.split()
    abs_tol, rel_tol = flags["abs"], flags["rel"]
    floats = abs_tol is not None or rel_tol is not None
    for k, (a, b) in enumerate(zip(t, j)):
        if floats and FLOAT.fullmatch(b):
            if not FLOAT.fullmatch(a):
                return False, f"token {k + 1}: expected a number, got {a[:40]!r}"
            x, y = float(a), float(b)
            ok = (abs_tol is not None and abs(x - y) <= abs_tol) or (
                rel_tol is not None and abs(x - y) <= rel_tol * abs(y)
            )
            if not ok:
                return False, f"token {k + 1}: {a[:40]!r} not within tolerance of {b[:40]!r}"
        elif (a if flags["case_sensitive"] else a.lower()) != (
            b if flags["case_sensitive"] else b.lower()
        ):
            return False, f"token {k + 1}: got {a[:40]!r}, expected {b[:40]!r}"
    if len(t) != len(j):
        return False, f"got {len(t)} tokens, expected {len(j)}"
    return True, ""


# --------------------------------------------------------------------------- packages


@dataclass
class Case:
    name: str  # e.g. secret/03_random
    inp: Path
    ans: Path
    args: list[str]


@dataclass
class Package:
    root: Path
    meta: dict
    assay: dict
    interactive: bool
    time_limit: float
    memory: int
    validator: Path | None
    cases: list[Case] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.root.name


def load_yaml(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open() as f:
        data = yaml.safe_load(f)
    return data if isinstance(data, dict) else {}


def collect_cases(root: Path, rep: Report) -> list[Case]:
    cases: list[Case] = []
    base_args = load_yaml(root / "data" / "test_group.yaml").get("output_validator_args", [])
    for group in ("sample", "secret"):
        gdir = root / "data" / group
        gfile = gdir / "test_group.yaml"
        args = list(base_args)
        if gfile.exists():
            args = list(load_yaml(gfile).get("output_validator_args", args))
        for inp in sorted(gdir.rglob("*.in")):
            name = str(inp.relative_to(root / "data").with_suffix(""))
            ans = inp.with_suffix(".ans")
            cfile = inp.with_suffix(".yaml")
            cargs = list(load_yaml(cfile).get("output_validator_args", args)) if cfile.exists() else args
            if not ans.exists():
                rep.fail(root.name, f"{name}: .in without .ans")
                continue
            cases.append(Case(name, inp, ans, [str(a) for a in cargs]))
    return cases


def check_layout(root: Path, rep: Report) -> Package | None:
    name = root.name
    if not SHORT_NAME.match(name):
        rep.fail(name, "directory name must be lowercase letters and digits")
    try:
        meta = load_yaml(root / "problem.yaml")
        assay = load_yaml(root / "assay.yaml")
    except (OSError, yaml.YAMLError) as e:
        rep.fail(name, f"cannot read metadata: {e}")
        return None
    if str(meta.get("problem_format_version")) != FORMAT_VERSION:
        rep.fail(name, f"problem_format_version must be {FORMAT_VERSION}")
    for key in ("name", "type", "credits", "license", "uuid", "limits"):
        if key not in meta:
            rep.fail(name, f"problem.yaml lacks {key}")
    types = meta.get("type", "pass-fail")
    types = [types] if isinstance(types, str) else list(types)
    if not set(types) <= {"pass-fail", "interactive"}:
        rep.fail(name, f"unexpected type {types}")
    interactive = "interactive" in types
    limits = meta.get("limits") or {}
    tl = limits.get("time_limit")
    if not isinstance(tl, (int, float)) or tl <= 0 or float(tl) != int(tl):
        rep.fail(name, "limits.time_limit must be a positive whole number of seconds (time_resolution 1.0)")
        tl = 1.0
    memory = limits.get("memory")
    if not isinstance(memory, int):
        rep.fail(name, "limits.memory must be set (MiB)")
        memory = 256
    credits = meta.get("credits") or {}
    if not (isinstance(credits, dict) and credits.get("authors")):
        rep.fail(name, "credits.authors missing")
    if assay.get("difficulty") not in DIFFICULTIES:
        rep.fail(name, f"assay.yaml difficulty must be one of {DIFFICULTIES}")
    tags = assay.get("tags")
    if not (isinstance(tags, list) and tags and all(isinstance(t, str) for t in tags)):
        rep.fail(name, "assay.yaml tags must be a non-empty list of strings")
    stmt = root / "statement" / "problem.en.md"
    if not stmt.exists():
        rep.fail(name, "statement/problem.en.md missing")
    else:
        text = stmt.read_text()
        for section in ("## Input", "## Output"):
            if section not in text:
                rep.fail(name, f"statement has no '{section}' section")
        if re.match(r"#\s", text):
            rep.fail(name, "Markdown statements must not start with the problem name as a heading")
        if interactive and "## Interaction" not in text:
            rep.fail(name, "interactive statement has no '## Interaction' section")
    if not (root / "generator" / "gen.py").exists():
        rep.fail(name, "generator/gen.py missing")
    if not list((root / "input_validators").glob("*")):
        rep.fail(name, "no input validator")
    validator = root / "output_validator" / "validator.py"
    if interactive and not validator.exists():
        rep.fail(name, "interactive problem without output_validator/validator.py")
    if (root / "output_validator").exists() and not validator.exists():
        rep.fail(name, "output_validator/ without validator.py")

    total = 0
    for f in root.rglob("*"):
        rel = f.relative_to(root)
        if "__pycache__" in rel.parts:
            continue
        if f.is_file():
            total += f.stat().st_size
            if not FILE_NAME.match(f.name):
                rep.fail(name, f"bad file name {rel}")
            if f.suffix == ".in" and f.stat().st_size > MAX_IN_BYTES:
                rep.fail(name, f"{rel} is larger than 2 MiB")
            if f.stat().st_size and f.suffix in (".in", ".ans", ".md", ".yaml", ".py", ".interaction"):
                if not f.read_bytes().endswith(b"\n"):
                    rep.fail(name, f"{rel} does not end with a newline")
    if total > MAX_PACKAGE_BYTES:
        rep.fail(name, f"package is {total / 2**20:.1f} MiB (limit 5 MiB)")

    pkg = Package(root, meta, assay, interactive, float(tl), memory,
                  validator if validator.exists() else None)
    pkg.cases = collect_cases(root, rep)
    samples = [c for c in pkg.cases if c.name.startswith("sample/")]
    secret = [c for c in pkg.cases if c.name.startswith("secret/")]
    if not 1 <= len(samples) <= 3:
        rep.fail(name, f"{len(samples)} samples (want 1-3)")
    if not 10 <= len(secret) <= 50:
        rep.fail(name, f"{len(secret)} secret cases (want 10-50)")
    if interactive:
        for c in samples:
            for ext in (".interaction", ".in.download", ".ans.download"):
                if not c.inp.with_suffix(ext).exists():
                    rep.fail(name, f"{c.name}: interactive sample without {ext}")
    subs = root / "submissions"
    acc = {p.suffix for p in (subs / "accepted").glob("*")}
    for ext in (".py", ".cpp", ".java"):
        if ext not in acc:
            rep.fail(name, f"no accepted {ext} submission")
    bad = list((subs / "wrong_answer").glob("*")) + list((subs / "time_limit_exceeded").glob("*"))
    if not bad:
        rep.fail(name, "no wrong_answer or time_limit_exceeded submission")
    for java in subs.rglob("*.java"):
        if not re.search(rf"public\s+(final\s+)?class\s+{re.escape(java.stem)}\b", java.read_text()):
            rep.fail(name, f"{java.relative_to(root)}: public class must be named {java.stem}")
    print(
        f"  layout: {meta.get('type')}, time limit {tl:g}s, {len(samples)} samples, "
        f"{len(secret)} secret, {total / 2**20:.2f} MiB"
    )
    return pkg


def check_input_validators(pkg: Package, rep: Report) -> None:
    validators = sorted((pkg.root / "input_validators").glob("*.py"))
    bad = 0
    for v in validators:
        for c in pkg.cases:
            with c.inp.open("rb") as fin:
                r = subprocess.run([PY, str(v)], stdin=fin, capture_output=True, text=True)
            if r.returncode != 42:
                bad += 1
                rep.fail(pkg.name, f"input validator {v.name} rejects {c.name}: {(r.stdout + r.stderr).strip()[:200]}")
    invalid = sorted((pkg.root / "data" / "invalid_input").glob("*.in"))
    for inp in invalid:
        for v in validators:
            with inp.open("rb") as fin:
                if subprocess.run([PY, str(v)], stdin=fin, capture_output=True).returncode != 42:
                    break
        else:
            bad += 1
            rep.fail(pkg.name, f"invalid_input/{inp.name} is accepted by the input validators")
    if not bad:
        print(f"  input validators: {len(pkg.cases)} cases valid, {len(invalid)} invalid inputs rejected")


# --------------------------------------------------------------------------- judging


@dataclass
class Verdict:
    verdict: str  # AC WA TLE RTE JE
    cpu: float
    wall: float
    rss: float
    killed: bool
    message: str = ""


def run_validator(pkg: Package, case: Case, team_out: Path, scratch: Path) -> tuple[str, str]:
    assert pkg.validator is not None
    fb = Path(tempfile.mkdtemp(dir=scratch, prefix="fb"))
    with team_out.open("rb") as fin:
        r = subprocess.run(
            [PY, str(pkg.validator), str(case.inp), str(case.ans), str(fb) + "/", *case.args],
            stdin=fin, capture_output=True, text=True,
        )
    msg = (fb / "judgemessage.txt").read_text().strip() if (fb / "judgemessage.txt").exists() else ""
    shutil.rmtree(fb, ignore_errors=True)
    if r.returncode == 42:
        return "AC", msg
    if r.returncode == 43:
        return "WA", msg
    return "JE", f"validator exit {r.returncode}: {r.stderr.strip()[-300:]}"


def judge_case(pkg: Package, prog: Program, case: Case, cpu_limit: int, scratch: Path) -> Verdict:
    if pkg.interactive:
        return judge_interactive(pkg, prog, case, cpu_limit, scratch)
    out = scratch / "team.out"
    r = run_program(prog.cmd, case.inp, out, cpu_limit, prog.cwd)
    v = Verdict("AC", r.cpu, r.wall, r.maxrss_mib, r.timed_out)
    if r.timed_out or r.cpu > pkg.time_limit:
        v.verdict = "TLE"
    elif r.exit_code != 0:
        v.verdict, v.message = "RTE", f"exit {r.exit_code} signal {r.signal}"
    elif pkg.validator is not None:
        v.verdict, v.message = run_validator(pkg, case, out, scratch)
    else:
        ok, msg = default_validate(out.read_bytes(), case.ans.read_bytes(), case.args)
        v.verdict, v.message = ("AC" if ok else "WA"), msg
    return v


def judge_interactive(
    pkg: Package, prog: Program, case: Case, cpu_limit: int, scratch: Path
) -> Verdict:
    assert pkg.validator is not None
    fb = Path(tempfile.mkdtemp(dir=scratch, prefix="fb"))
    to_val_r, to_val_w = os.pipe()  # submission stdout -> validator stdin
    to_sub_r, to_sub_w = os.pipe()  # validator stdout -> submission stdin
    start = time.monotonic()
    val = subprocess.Popen(
        [PY, str(pkg.validator), str(case.inp), str(case.ans), str(fb) + "/", *case.args],
        stdin=to_val_r, stdout=to_sub_w, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    sub = subprocess.Popen(
        prog.cmd, stdin=to_sub_r, stdout=to_val_w, stderr=subprocess.DEVNULL, cwd=prog.cwd,
        start_new_session=True, preexec_fn=cpu_limiter(cpu_limit),
    )
    for fd in (to_val_r, to_val_w, to_sub_r, to_sub_w):
        os.close(fd)
    # Interactive runs are short; a submission blocked on a pipe (it never flushed) uses no CPU,
    # so this wall limit is what stops it. The validator then gets EOF and may still finish.
    deadline = start + max(6.0, 3.0 * cpu_limit)
    done: dict[int, tuple[int, os.struct_rusage | None, float]] = {}
    order: list[str] = []
    killed_sub = False
    while len(done) < 2:
        for name, p in (("val", val), ("sub", sub)):
            if p.pid in done:
                continue
            wpid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if wpid == p.pid:
                done[p.pid] = (status, usage, time.monotonic() - start)
                order.append(name)
        if time.monotonic() > deadline:
            if sub.pid not in done and not killed_sub:
                killed_sub = True
                os.killpg(sub.pid, signal.SIGKILL)
                deadline = time.monotonic() + 5.0  # grace period for the validator
            elif val.pid not in done:
                os.killpg(val.pid, signal.SIGKILL)  # a hanging validator is a judge error
                deadline = math.inf
        time.sleep(0.001)
    val.returncode = sub.returncode = 0
    vstatus, _, _ = done[val.pid]
    sstatus, susage, swall = done[sub.pid]
    sr = _result(sstatus, susage, swall, killed_sub, cpu_limit)
    vcode = os.WEXITSTATUS(vstatus) if os.WIFEXITED(vstatus) else -1
    msg = (fb / "judgemessage.txt").read_text().strip() if (fb / "judgemessage.txt").exists() else ""
    shutil.rmtree(fb, ignore_errors=True)
    v = Verdict("AC", sr.cpu, sr.wall, sr.maxrss_mib, sr.timed_out, msg)
    if vcode not in (42, 43):
        v.verdict, v.message = "JE", f"validator exit {vcode}"
    elif vcode == 43 and order[0] == "val":
        v.verdict = "WA"
    elif sr.timed_out or sr.cpu > pkg.time_limit:
        v.verdict = "TLE"
    elif sr.exit_code != 0:
        v.verdict, v.message = "RTE", f"exit {sr.exit_code} signal {sr.signal}"
    else:
        v.verdict = "AC" if vcode == 42 else "WA"
    return v


def check_answers(pkg: Package, scratch: Path, rep: Report) -> None:
    """Non-interactive: every .ans (in particular every sample shown to solvers) must pass validation."""
    if pkg.interactive:
        return
    bad = 0
    for c in pkg.cases:
        if pkg.validator is not None:
            verdict, msg = run_validator(pkg, c, c.ans, scratch)
            ok = verdict == "AC"
        else:
            ok, msg = default_validate(c.ans.read_bytes(), c.ans.read_bytes(), c.args)
        if not ok:
            bad += 1
            rep.fail(pkg.name, f"{c.name}.ans does not pass the output validator: {msg}")
    if not bad:
        print(f"  answers: all {len(pkg.cases)} .ans files pass the output validator")


def check_output_cases(pkg: Package, scratch: Path, rep: Report) -> None:
    """data/valid_output/ and data/invalid_output/: tc.out must pass / fail against tc.in, tc.ans."""
    counts = {}
    bad = 0
    for group, want in (("valid_output", "AC"), ("invalid_output", "WA")):
        outs = sorted((pkg.root / "data" / group).glob("*.out"))
        counts[group] = len(outs)
        for out in outs:
            case = Case(f"{group}/{out.stem}", out.with_suffix(".in"), out.with_suffix(".ans"), [])
            if pkg.validator is not None:
                got, msg = run_validator(pkg, case, out, scratch)
            else:
                ok, msg = default_validate(out.read_bytes(), case.ans.read_bytes(), case.args)
                got = "AC" if ok else "WA"
            if got != want:
                bad += 1
                rep.fail(pkg.name, f"{case.name}: output validator says {got}, expected {want} ({msg})")
    if any(counts.values()) and not bad:
        print(
            f"  output validator: {counts['valid_output']} valid outputs accepted, "
            f"{counts['invalid_output']} invalid outputs rejected"
        )


def check_submissions(pkg: Package, scratch: Path, rep: Report) -> None:
    tl = pkg.time_limit
    scratch.mkdir(parents=True, exist_ok=True)
    subs = sorted(p for p in (pkg.root / "submissions").glob("*/*") if p.is_file())
    for src in subs:
        kind = src.parent.name
        rel = f"{kind}/{src.name}"
        prog = build(src, scratch)
        if isinstance(prog, str):
            rep.fail(pkg.name, f"{rel}: {prog}")
            continue
        verdicts: list[tuple[Case, Verdict]] = []
        confirmed_tle = False
        for case in pkg.cases:
            # CPU limit TLE_FACTOR x the time limit: a TLE that is cut off there proves the
            # "wide margin"; a TLE submission is not run past the first such case.
            v = judge_case(pkg, prog, case, math.ceil(TLE_FACTOR * tl), scratch)
            verdicts.append((case, v))
            if v.verdict == "TLE" and v.killed:
                confirmed_tle = True
            if kind == "accepted" and v.verdict != "AC":
                break  # one failure is enough to report
            if kind == "time_limit_exceeded" and confirmed_tle:
                break
        counts: dict[str, int] = {}
        for _, v in verdicts:
            counts[v.verdict] = counts.get(v.verdict, 0) + 1
        finished = [(c, v) for c, v in verdicts if not v.killed]
        slow_case, slow = max(finished, key=lambda cv: cv[1].cpu) if finished else (None, None)
        first_bad = next(((c, v) for c, v in verdicts if v.verdict != "AC"), None)
        summary = " ".join(f"{k}={n}" for k, n in sorted(counts.items()))
        timing = f"max {human(slow.cpu)} on {slow_case.name}" if slow and slow_case else "-"
        rss = max((v.rss for _, v in verdicts), default=0.0)
        problems: list[str] = []
        if kind == "accepted":
            if set(counts) != {"AC"}:
                c, v = first_bad if first_bad else (None, None)
                problems.append(f"{v.verdict} on {c.name}: {v.message[:300]}" if c and v else "not AC")
            elif slow is not None:
                share = PY_SHARE if prog.lang == "python" else 1 / AC_TO_TIME_LIMIT
                if slow.cpu > share * tl:
                    problems.append(f"too slow: {human(slow.cpu)} > {share:.0%} of {tl:g}s")
            if prog.lang != "java" and rss > pkg.memory:
                problems.append(f"uses {rss:.0f} MiB > {pkg.memory} MiB")
        elif kind == "wrong_answer":
            if "WA" not in counts:
                problems.append("never gets WA")
            if set(counts) - {"AC", "WA"}:
                problems.append(f"verdicts other than AC/WA: {summary}")
            if slow is not None and slow.cpu * AC_TO_TIME_LIMIT > tl:
                problems.append(f"too slow for a WA submission ({human(slow.cpu)})")
        elif kind == "time_limit_exceeded":
            if not confirmed_tle:
                problems.append(f"never runs for {TLE_FACTOR:g}x the time limit")
            if set(counts) - {"AC", "TLE"}:
                problems.append(f"verdicts other than AC/TLE: {summary}")
        else:
            problems.append("unknown submission directory")
        extra = ""
        if kind != "accepted" and first_bad is not None:
            c, v = first_bad
            extra = f"; first {v.verdict} on {c.name}"
        stopped = next(((c, v) for c, v in verdicts if v.verdict == "TLE" and v.killed), None)
        if kind == "time_limit_exceeded" and stopped is not None:
            c, v = stopped
            how = "CPU limit" if v.cpu >= 0.5 * TLE_FACTOR * tl else "wall-clock limit, idle"
            extra += f"; {c.name} stopped by the {how} after {human(v.cpu)} CPU"
        status = "ok  " if not problems else "FAIL"
        print(f"  {status} {rel:<48} {summary:<14} {timing}{extra}")
        for p in problems:
            rep.failures.append(f"{pkg.name}: {rel}: {p}")
            print(f"         {p}")


def check_regen(pkg: Package, scratch: Path, rep: Report) -> None:
    copy = scratch / "regen" / pkg.name
    shutil.copytree(pkg.root, copy, ignore=shutil.ignore_patterns("__pycache__"))
    r = subprocess.run([PY, str(copy / "generator" / "gen.py")], capture_output=True, text=True)
    if r.returncode:
        rep.fail(pkg.name, f"generator failed: {r.stderr[-500:]}")
        return
    cmp = filecmp.dircmp(pkg.root / "data", copy / "data")
    diffs: list[str] = []

    def walk(d: filecmp.dircmp, prefix: str) -> None:
        diffs.extend(prefix + x for x in d.left_only + d.right_only + d.diff_files)
        for sub, sd in d.subdirs.items():
            walk(sd, f"{prefix}{sub}/")

    walk(cmp, "")
    if diffs:
        rep.fail(pkg.name, f"generator output differs from data/: {diffs[:8]}")
    else:
        print("  generator: reproduces data/ byte for byte")
    shutil.rmtree(copy, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("problems", nargs="*", help="short names (default: all)")
    ap.add_argument("--no-run", action="store_true", help="skip running submissions")
    ap.add_argument("--regen", action="store_true", help="check the generators are deterministic")
    opts = ap.parse_args()
    names = opts.problems or sorted(p.parent.name for p in HERE.glob("*/problem.yaml"))
    rep = Report()
    scratch = Path(tempfile.mkdtemp(prefix="assay-check-"))
    started = time.monotonic()
    try:
        for name in names:
            root = HERE / name
            print(f"== {name}")
            if not (root / "problem.yaml").exists():
                rep.fail(name, "no such package")
                continue
            pkg = check_layout(root, rep)
            if pkg is None:
                continue
            check_input_validators(pkg, rep)
            check_answers(pkg, scratch, rep)
            check_output_cases(pkg, scratch, rep)
            if opts.regen:
                check_regen(pkg, scratch, rep)
            if not opts.no_run:
                check_submissions(pkg, scratch / name, rep)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print()
    elapsed = time.monotonic() - started
    if rep.failures:
        print(f"{len(rep.failures)} problem(s) found in {len(names)} package(s) ({elapsed:.0f}s):")
        for f in rep.failures:
            print(f"  - {f}")
        return 1
    print(f"ALL GREEN: {len(names)} package(s) checked in {elapsed:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
