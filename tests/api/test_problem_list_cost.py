"""The problem list's cost does not grow with the catalogue or the history: a fixed number of
SQL statements whatever the number of problems, and numbers read from the kept counters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import sqlalchemy as sa
from api_support import Api

from assay.core import Verdict


@contextmanager
def counted_statements(api: Api) -> Iterator[list[str]]:
    """Every SQL statement the app's engine sends while the block runs."""
    statements: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        statements.append(statement)

    engine = api.database.engine.sync_engine
    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)


async def submit(client: httpx.AsyncClient, problem: str) -> int:
    body = {"problem": problem, "language": "python3", "source": "print(3)"}
    response = await client.post("/api/submissions", json=body)
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


async def list_cost(api: Api, client: httpx.AsyncClient, params: dict[str, str]) -> int:
    with counted_statements(api) as statements:
        response = await client.get("/api/problems", params=params)
    assert response.status_code == 200, response.text
    return len(statements)


async def test_the_list_costs_the_same_statements_for_2_or_12_problems(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    views = [(alice, {}), (anon, {}), (alice, {"sort": "acceptance", "status": "unsolved"})]
    for index, verdict in enumerate([Verdict.AC, Verdict.WA]):  # every view lists a problem
        await api.add_problem(f"p{index}", tags=("math", f"t{index}"))
        await submit(alice, f"p{index}")
        await api.judge_next(verdict)
    few = [await list_cost(api, client, params) for client, params in views]
    for index in range(2, 12):
        await api.add_problem(f"p{index}", tags=("math", f"t{index}"))
        await submit(alice, f"p{index}")
        await api.judge_next(Verdict.WA)
    many = [await list_cost(api, client, params) for client, params in views]
    assert many == few
    assert max(many) <= 4  # identity, the count, the page, the page's tags
    page = (await alice.get("/api/problems", params={"per_page": 50})).json()
    assert page["total"] == 12 and len(page["items"]) == 12


async def test_a_rejudge_moves_the_listed_numbers_once(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    sid = await submit(alice, "sum")
    await api.judge_next(Verdict.AC)
    response = await admin.post(f"/api/admin/submissions/{sid}/rejudge")
    assert response.status_code == 202, response.text
    queued = (await alice.get("/api/problems")).json()["items"][0]
    assert (queued["attempts"], queued["accepted"], queued["solvers"]) == (0, 0, 0)
    await api.judge_next(Verdict.WA)
    listed = (await alice.get("/api/problems")).json()["items"][0]
    assert (listed["attempts"], listed["accepted"], listed["solvers"]) == (1, 0, 0)
    assert listed["status"] == "attempted"
    detail = (await alice.get("/api/problems/sum")).json()
    assert (detail["attempts"], detail["accepted"], detail["solvers"]) == (1, 0, 0)
