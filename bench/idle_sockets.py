"""What open, idle WebSockets cost the API (issue 13 §4: 1,000 idle sockets under 5 % of a core).

Starts `assay serve` (embedded, SQLite, no judging slot, so submissions stay queued and their
streams stay open), submits 50 of them, and measures the server process's CPU over a window
with no socket open (the baseline, in the same run) and with 1,000 sockets open (20 per
submission), twice each, interleaved. Root is not needed.

    .venv/bin/python bench/idle_sockets.py [--sockets 1000] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import time

import httpx
from _platform import (
    BENCH_PROBLEM,
    bench_problems,
    machine_line,
    platform_env,
    process_cpu_s,
    sign_up,
    start_server,
    temp_dir,
)
from websockets.asyncio.client import connect

SOURCE = "a, b = map(int, input().split())\nprint(a + b)\n"


async def submissions(base: str, token: str, count: int) -> list[int]:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
        ids = []
        for _ in range(count):
            body = {"problem": BENCH_PROBLEM, "language": "python3", "source": SOURCE}
            response = await client.post("/api/submissions", json=body)
            response.raise_for_status()
            ids.append(int(response.json()["id"]))
        return ids


def cpu_share(pid: int, seconds: float) -> float:
    """The server's CPU over `seconds`, as a share of one core."""
    before, _ = process_cpu_s(pid)
    time.sleep(seconds)
    after, _ = process_cpu_s(pid)
    return (after - before) / seconds


async def with_sockets(
    base: str, token: str, ids: list[int], count: int, pid: int, s: float
) -> float:
    url = base.replace("http://", "ws://")
    headers = {"Authorization": f"Bearer {token}"}
    async with contextlib.AsyncExitStack() as stack:
        for i in range(count):
            socket_url = f"{url}/api/submissions/{ids[i % len(ids)]}/events"
            await stack.enter_async_context(connect(socket_url, additional_headers=headers))
        await asyncio.sleep(3)  # every stream has taken its first look at its row
        return await asyncio.to_thread(cpu_share, pid, s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sockets", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # the server inherits it
    print(machine_line())
    with temp_dir("assay-bench-sockets-") as directory:
        env = platform_env(directory, bench_problems(directory, all_bundled=False))
        server, base = start_server(directory, env, slots=0)
        try:
            token = asyncio.run(sign_up(base))
            ids = asyncio.run(submissions(base, token, 50))
            rows = []
            for _ in range(2):
                idle = cpu_share(server.proc.pid, args.seconds)
                busy = asyncio.run(
                    with_sockets(base, token, ids, args.sockets, server.proc.pid, args.seconds)
                )
                rows.append((idle, busy))
        finally:
            server.stop()
    print(f"\nserver CPU, share of one core, {args.seconds:g} s windows ({args.sockets} sockets)")
    print("| round | no socket open (baseline) | sockets open | difference |")
    print("|---|---|---|---|")
    for number, (idle, busy) in enumerate(rows, 1):
        print(f"| {number} | {idle:.1%} | {busy:.1%} | {busy - idle:+.1%} |")


if __name__ == "__main__":
    main()
