"""Accepted-code history over the API; statistics per problem, per user, the leaderboard."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from api_support import Api

from assay.core import Verdict

V1 = "a = int(input())\nprint(a)\n"
V2 = "a = int(input())\nb = a * 2\nprint(b)\n"
V3 = "print(int(input()) * 2)"


async def accept(
    api: Api, client: httpx.AsyncClient, source: str, language: str = "python3"
) -> int:
    body = {"problem": "sum", "language": language, "source": source}
    sid = int((await client.post("/api/submissions", json=body)).json()["id"])
    await api.judge_next(Verdict.AC)
    return sid


async def test_history_lists_rebuilds_and_diffs(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    first = await accept(api, alice, V1)
    await alice.post(
        "/api/submissions", json={"problem": "sum", "language": "python3", "source": "x"}
    )
    await api.judge_next(Verdict.WA)  # not accepted: not history
    await accept(api, alice, V2)
    await accept(api, alice, V2)  # unchanged: no new version
    await accept(api, alice, V3)
    await accept(api, alice, "int main() {}", language="cpp")

    history = (await alice.get("/api/problems/sum/history")).json()
    by_language = {entry["language"]: entry["versions"] for entry in history["languages"]}
    assert [v["version"] for v in by_language["python3"]] == [1, 2, 3]
    assert by_language["python3"][0]["submission_id"] == first
    assert [v["version"] for v in by_language["cpp"]] == [1]
    for number, text in ((1, V1), (2, V2), (3, V3)):
        version = (await alice.get(f"/api/problems/sum/history/python3/{number}")).json()
        assert version["source"] == text
    diff = (
        await alice.get("/api/problems/sum/history/python3/diff", params={"from": 1, "to": 2})
    ).json()["diff"]
    assert diff.startswith("--- v1\n+++ v2\n")
    assert "+b = a * 2\n" in diff and "-print(a)\n" in diff
    same = await alice.get("/api/problems/sum/history/python3/diff", params={"from": 2, "to": 2})
    assert same.json()["diff"] == ""

    assert (await alice.get("/api/problems/sum/history/python3/4")).status_code == 404
    assert (await bob.get("/api/problems/sum/history")).json()["languages"] == []
    assert (await bob.get("/api/problems/sum/history/python3/1")).status_code == 404
    assert (await bob.get("/api/problems/sum/history", params={"user": "alice"})).status_code == 403
    as_admin = await admin.get("/api/problems/sum/history/python3/3", params={"user": "alice"})
    assert as_admin.json()["source"] == V3


async def test_problem_statistics(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient
) -> None:
    await api.add_problem("sum")
    await accept(api, alice, V1)
    await accept(api, bob, V1, language="cpp")
    await bob.post("/api/submissions", json={"problem": "sum", "language": "cpp", "source": "x"})
    await api.judge_next(Verdict.TLE)
    stats = (await alice.get("/api/problems/sum/stats")).json()
    assert (stats["attempts"], stats["accepted"], stats["solvers"]) == (3, 2, 2)
    assert stats["acceptance_rate"] == 2 / 3
    assert stats["verdicts"] == [{"verdict": "AC", "count": 2}, {"verdict": "TLE", "count": 1}]
    runtimes = {r["language"]: r for r in stats["runtimes"]}
    assert set(runtimes) == {"cpp", "python3"}
    assert runtimes["python3"]["count"] == 1 and runtimes["python3"]["median_s"] == 0.03
    assert sum(b["count"] for b in runtimes["python3"]["buckets"]) == 1


async def test_user_profile_and_leaderboard(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum", difficulty="easy")
    await api.add_problem("maze", difficulty="hard")
    await api.add_problem("other", difficulty="hard")
    await accept(api, bob, V1)
    await accept(api, alice, V1)
    body = {"problem": "maze", "language": "python3", "source": V1}
    await alice.post("/api/submissions", json=body)
    await api.judge_next(Verdict.AC)
    await alice.post("/api/submissions", json=body)
    await api.judge_next(Verdict.WA)

    profile = (await anon.get("/api/users/alice")).json()
    assert profile["user"]["username"] == "alice"
    assert (profile["solved"], profile["submissions"], profile["accepted"]) == (2, 3, 2)
    assert profile["by_difficulty"] == [
        {"difficulty": "easy", "solved": 1, "total": 1},
        {"difficulty": "hard", "solved": 1, "total": 2},
    ]
    today = datetime.now(UTC).date().isoformat()
    assert profile["calendar"] == [{"date": today, "count": 3}]
    assert [s["verdict"] for s in profile["recent"]] == ["WA", "AC", "AC"]
    assert (await anon.get("/api/users/ghost")).status_code == 404

    board = (await anon.get("/api/leaderboard")).json()
    assert [(e["rank"], e["username"], e["solved"]) for e in board["items"]] == [
        (1, "alice", 2),
        (2, "bob", 1),
    ]
    second_page = (await anon.get("/api/leaderboard", params={"page": 2, "per_page": 1})).json()
    assert [(e["rank"], e["username"]) for e in second_page["items"]] == [(2, "bob")]
