"""End to end: submit through the API, follow the WebSocket, get AC from the real sandbox.

One accepted solution of the bundled `sumtwo` per language, judged by the embedded worker on
the real pipeline (bubblewrap, cgroups, seccomp) as `assay serve` wires it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from api_support import make_settings
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from assay.api import create_app
from assay.api.context import AppContext
from assay.api.services.catalog import import_directory
from assay.db.engine import Database
from assay.modes.setup import transport_for

pytestmark = [pytest.mark.sandbox, pytest.mark.slow]

SUMTWO = Path(__file__).resolve().parents[2] / "problems" / "sumtwo"

SOURCES = {
    "c": """#include <stdio.h>
int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) { long long a, b; scanf("%lld %lld", &a, &b); printf("%lld\\n", a + b); }
    return 0;
}
""",
    "javascript": """const data = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/);
const t = Number(data[0]);
const out = [];
for (let i = 0; i < t; i++) {
  out.push((BigInt(data[1 + 2 * i]) + BigInt(data[2 + 2 * i])).toString());
}
console.log(out.join("\\n"));
""",
    "rust": """use std::io::{self, Read, Write};
fn main() {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace();
    let t: usize = it.next().unwrap().parse().unwrap();
    let mut out = String::new();
    for _ in 0..t {
        let a: i64 = it.next().unwrap().parse().unwrap();
        let b: i64 = it.next().unwrap().parse().unwrap();
        out.push_str(&format!("{}\\n", a + b));
    }
    io::stdout().write_all(out.as_bytes()).unwrap();
}
""",
    "go": """package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	var t int
	fmt.Fscan(r, &t)
	for i := 0; i < t; i++ {
		var a, b int64
		fmt.Fscan(r, &a, &b)
		fmt.Fprintln(w, a+b)
	}
}
""",
    "python3": (SUMTWO / "submissions" / "accepted" / "sumtwo.py").read_text(),
    "pypy3": (SUMTWO / "submissions" / "accepted" / "sumtwo.py").read_text(),
    "cpp": (SUMTWO / "submissions" / "accepted" / "sumtwo.cpp").read_text(),
    "java": (SUMTWO / "submissions" / "accepted" / "SumTwo.java").read_text(),
}


@dataclass
class Live:
    http: httpx.AsyncClient
    ws_url: str


@pytest.fixture
async def live(tmp_path: Path) -> AsyncIterator[Live]:
    settings = make_settings(
        tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}", judging_slots=2
    )
    database = Database.from_url(settings.database_url)
    try:
        transport = transport_for(settings, database)
    except Exception as error:  # no usable sandbox on this host
        pytest.skip(f"the sandbox is not available: {error}")

    async def load_sumtwo(context: AppContext) -> None:
        async with context.database.sessions() as session:
            await import_directory(session, context.settings, SUMTWO, slug="sumtwo")

    app = create_app(settings, transport=transport, database=database, startup=[load_sumtwo])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.05)
        if task.done():
            task.result()
    port = server.servers[0].sockets[0].getsockname()[1]
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
        yield Live(http, f"ws://127.0.0.1:{port}")
    server.should_exit = True
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 90)


async def test_every_language_gets_ac_over_the_websocket(live: Live) -> None:
    registered = await live.http.post(
        "/api/auth/register", json={"username": "e2e", "password": "correct horse"}
    )
    assert registered.status_code == 201
    headers = {"X-CSRF-Token": live.http.cookies["assay_csrf"]}
    cookie = {"Cookie": f"assay_session={live.http.cookies['assay_session']}"}
    available = {
        lang["id"] for lang in (await live.http.get("/api/languages")).json() if lang["available"]
    }
    verdicts = {}
    for language, source in SOURCES.items():
        if language not in available:
            continue
        body = {"problem": "sumtwo", "language": language, "source": source}
        response = await live.http.post("/api/submissions", json=body, headers=headers)
        assert response.status_code == 202, response.text
        sid = response.json()["id"]
        kinds = []
        async with connect(
            f"{live.ws_url}/api/submissions/{sid}/events", additional_headers=cookie
        ) as ws:
            with contextlib.suppress(ConnectionClosed):
                while True:
                    message = json.loads(await asyncio.wait_for(ws.recv(), 120))
                    kinds.append(message["data"]["kind"])
                    if message["data"]["kind"] == "finished":
                        verdicts[language] = message["data"]["result"]["verdict"]
        assert "test_finished" in kinds or kinds == ["finished"], (language, kinds)
    assert verdicts and all(v == "AC" for v in verdicts.values()), verdicts
    assert {"python3", "cpp", "java"} <= set(verdicts)
