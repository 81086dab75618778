"""The catalogue: list, pagination, search, filters, numbers, detail, languages, visibility."""

from __future__ import annotations

import httpx
from api_support import Api

from assay.core import Verdict


async def submit(client: httpx.AsyncClient, problem: str, source: str = "print(3)") -> int:
    response = await client.post(
        "/api/submissions", json={"problem": problem, "language": "python3", "source": source}
    )
    assert response.status_code == 202, response.text
    return int(response.json()["id"])


async def test_list_paginates_in_creation_order(api: Api, anon: httpx.AsyncClient) -> None:
    for index in range(5):
        await api.add_problem(f"p{index}")
    page = (await anon.get("/api/problems", params={"page": 2, "per_page": 2})).json()
    assert [p["slug"] for p in page["items"]] == ["p2", "p3"]
    assert (page["total"], page["page"], page["per_page"]) == (5, 2, 2)
    beyond = (await anon.get("/api/problems", params={"page": 9, "per_page": 2})).json()
    assert beyond["items"] == [] and beyond["total"] == 5


async def test_search_and_filters(api: Api, anon: httpx.AsyncClient) -> None:
    await api.add_problem("sum", title="Sum of Two", difficulty="easy", tags=("math",))
    await api.add_problem("maze", title="Maze Run", difficulty="hard", tags=("graphs", "bfs"))
    await api.add_problem("pct", title="100% sure", difficulty="medium", tags=("math",))

    async def slugs(**params: str) -> list[str]:
        page = (await anon.get("/api/problems", params=params)).json()
        return [p["slug"] for p in page["items"]]

    assert await slugs(q="maze") == ["maze"]
    assert await slugs(q="SUM") == ["sum"]
    assert await slugs(q="%") == ["pct"]  # LIKE wildcards are escaped
    assert await slugs(difficulty="hard") == ["maze"]
    assert await slugs(tag="math") == ["sum", "pct"]
    assert await slugs(tag="math", difficulty="easy") == ["sum"]
    tags = (await anon.get("/api/tags")).json()
    assert tags == [
        {"tag": "bfs", "count": 1},
        {"tag": "graphs", "count": 1},
        {"tag": "math", "count": 2},
    ]


async def test_acceptance_rate_solvers_and_status(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    await api.add_problem("maze")
    await api.add_problem("zero")
    await submit(alice, "sum")
    await api.judge_next(Verdict.WA)
    await submit(alice, "sum")
    await api.judge_next(Verdict.AC)
    await submit(bob, "sum")
    await api.judge_next(Verdict.AC)
    await submit(bob, "maze")
    await api.judge_next(Verdict.TLE)
    await submit(bob, "maze")  # still queued: not counted yet

    listed = {p["slug"]: p for p in (await alice.get("/api/problems")).json()["items"]}
    assert (listed["sum"]["attempts"], listed["sum"]["accepted"]) == (3, 2)
    assert listed["sum"]["acceptance_rate"] == 2 / 3
    assert listed["sum"]["solvers"] == 2
    assert listed["maze"]["acceptance_rate"] == 0.0
    assert listed["zero"]["acceptance_rate"] is None
    assert (listed["sum"]["status"], listed["maze"]["status"]) == ("solved", None)

    async def status_filter(client: httpx.AsyncClient, status: str) -> list[str]:
        page = (await client.get("/api/problems", params={"status": status})).json()
        return [p["slug"] for p in page["items"]]

    assert await status_filter(bob, "solved") == ["sum"]
    assert await status_filter(bob, "attempted") == ["maze"]
    assert await status_filter(bob, "unsolved") == ["maze", "zero"]
    assert (await anon.get("/api/problems", params={"status": "solved"})).status_code == 401
    anon_view = (await anon.get("/api/problems")).json()["items"]
    assert all(p["status"] is None for p in anon_view)


async def test_detail_has_statement_samples_limits_and_languages(
    api: Api, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum", time_limit_s=2.0, memory_mib=512)
    detail = (await anon.get("/api/problems/sum")).json()
    assert detail["statement_html"] == "<p>Add.</p>"
    assert detail["samples"] == [
        {"name": "1", "input": "1 2\n", "output": "3\n", "interaction": None}
    ]
    assert (detail["time_limit_s"], detail["memory_mib"]) == (2.0, 512)
    languages = {lang["id"]: lang for lang in detail["languages"]}
    assert set(languages) == {"python3", "cpp"}  # java is not available here
    assert languages["python3"]["starter_code"] == "print(input())\n"
    assert languages["python3"]["monaco_id"] == "python"


async def test_a_problem_may_restrict_its_languages(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("cponly", languages=("cpp",), code_kib=1)
    detail = (await anon.get("/api/problems/cponly")).json()
    assert [lang["id"] for lang in detail["languages"]] == ["cpp"]
    refused = await alice.post(
        "/api/submissions", json={"problem": "cponly", "language": "python3", "source": "x"}
    )
    assert refused.status_code == 422 and "cpp" in refused.json()["detail"]
    big = await alice.post(
        "/api/submissions", json={"problem": "cponly", "language": "cpp", "source": "x" * 1025}
    )
    assert big.status_code == 413


async def test_all_languages_are_listed_with_availability(anon: httpx.AsyncClient) -> None:
    listed = (await anon.get("/api/languages")).json()
    assert [(lang["id"], lang["available"]) for lang in listed] == [
        ("python3", True),
        ("cpp", True),
        ("java", False),
    ]


async def test_hidden_problems_are_visible_to_admins_only(
    api: Api, admin: httpx.AsyncClient, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("open")
    await api.add_problem("secret")
    hide = await admin.patch("/api/admin/problems/secret", json={"hidden": True})
    assert hide.json()["hidden"] is True
    for client in (alice, anon):
        slugs = [p["slug"] for p in (await client.get("/api/problems")).json()["items"]]
        assert slugs == ["open"]
        assert (await client.get("/api/problems/secret")).status_code == 404
        assert (await client.get("/api/problems/secret/stats")).status_code == 404
    refused = await alice.post(
        "/api/submissions", json={"problem": "secret", "language": "python3", "source": "x"}
    )
    assert refused.status_code == 404
    admin_slugs = [p["slug"] for p in (await admin.get("/api/problems")).json()["items"]]
    assert admin_slugs == ["open", "secret"]
    assert (await admin.get("/api/problems/secret")).status_code == 200
    await admin.patch("/api/admin/problems/secret", json={"hidden": False})
    assert (await alice.get("/api/problems/secret")).status_code == 200


async def test_unknown_problem_is_a_404_problem_document(anon: httpx.AsyncClient) -> None:
    response = await anon.get("/api/problems/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "problem_not_found"
