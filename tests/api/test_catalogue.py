"""The catalogue (issue 12): numbers and kinds, sorting, a random pick, topics, hints, the
editorial behind a spoiler warning, numbers unique across imports, progress on the profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from api_support import Api, write_package, zip_package
from function_packages import write_package as write_function_package

from assay.core import Verdict
from assay.db.models import ProblemKind


async def submit(client: httpx.AsyncClient, problem: str) -> None:
    response = await client.post(
        "/api/submissions", json={"problem": problem, "language": "python3", "source": "x"}
    )
    assert response.status_code == 202, response.text


async def slugs(client: httpx.AsyncClient, **params: Any) -> list[str]:
    response = await client.get("/api/problems", params=params)
    assert response.status_code == 200, response.text
    return [p["slug"] for p in response.json()["items"]]


async def add_catalogue(api: Api) -> None:
    """Created in this order: numbers out of order, two without a number."""
    await api.add_problem("walls", title="Walls", number=3, difficulty="hard", tags=("graphs",))
    await api.add_problem("loose", title="Loose End", difficulty="medium", tags=("math",))
    await api.add_problem(
        "twosum",
        title="Two Sum",
        number=1,
        difficulty="easy",
        tags=("arrays", "math"),
        kind=ProblemKind.FUNCTION,
    )
    await api.add_problem("anagram", title="anagram", difficulty=None, tags=("strings",))
    await api.add_problem(
        "median",
        title="Median",
        number=2,
        difficulty="medium",
        tags=("arrays",),
        kind=ProblemKind.FUNCTION,
    )


# Numbers, kinds and order


async def test_summaries_have_number_and_kind_numbered_first(
    api: Api, anon: httpx.AsyncClient
) -> None:
    await add_catalogue(api)
    page = (await anon.get("/api/problems")).json()
    listed = [(p["slug"], p["number"], p["kind"]) for p in page["items"]]
    assert listed == [
        ("twosum", 1, "function"),
        ("median", 2, "function"),
        ("walls", 3, "contest"),
        ("loose", None, "contest"),
        ("anagram", None, "contest"),
    ]
    assert {p["slug"]: p["tags"] for p in page["items"]} == {
        "twosum": ["arrays", "math"],
        "median": ["arrays"],
        "walls": ["graphs"],
        "loose": ["math"],
        "anagram": ["strings"],
    }
    assert await slugs(anon, sort="number", order="desc") == [
        "walls",
        "median",
        "twosum",
        "loose",
        "anagram",
    ]
    assert await slugs(anon, page=2, per_page=2) == ["walls", "loose"]
    # The total is that of every match, on a page, on the last page and past the end.
    for page_number, count in ((1, 2), (3, 1), (4, 0)):
        body = (await anon.get("/api/problems", params={"page": page_number, "per_page": 2})).json()
        assert (len(body["items"]), body["total"]) == (count, 5), body


async def test_sort_by_title_and_difficulty_both_ways(api: Api, anon: httpx.AsyncClient) -> None:
    await add_catalogue(api)
    by_title = ["anagram", "loose", "median", "twosum", "walls"]
    assert await slugs(anon, sort="title") == by_title  # case-insensitive
    assert await slugs(anon, sort="title", order="desc") == by_title[::-1]
    # easy < medium < hard; ties by number (numbered first); no difficulty last both ways
    assert await slugs(anon, sort="difficulty") == [
        "twosum",
        "median",
        "loose",
        "walls",
        "anagram",
    ]
    assert await slugs(anon, sort="difficulty", order="desc") == [
        "walls",
        "median",
        "loose",
        "twosum",
        "anagram",
    ]


async def test_sort_by_acceptance_both_ways(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    for slug in ("never", "half", "all", "none"):
        await api.add_problem(slug)
    for slug, verdict in (
        ("half", Verdict.WA),
        ("half", Verdict.AC),
        ("all", Verdict.AC),
        ("none", Verdict.TLE),
    ):
        await submit(alice, slug)
        await api.judge_next(verdict)
    assert await slugs(anon, sort="acceptance") == ["none", "half", "all", "never"]
    assert await slugs(anon, sort="acceptance", order="desc") == ["all", "half", "none", "never"]


async def test_bad_sort_or_kind_is_refused(anon: httpx.AsyncClient) -> None:
    for params in ({"sort": "slug"}, {"order": "up"}, {"kind": "design"}):
        response = await anon.get("/api/problems", params=params)
        assert response.status_code == 422, params


async def test_kind_filter_works_with_the_others(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await add_catalogue(api)
    assert await slugs(anon, kind="function") == ["twosum", "median"]
    assert await slugs(anon, kind="contest") == ["walls", "loose", "anagram"]
    assert await slugs(anon, kind="function", tag="math") == ["twosum"]
    assert await slugs(anon, kind="function", difficulty="medium", sort="title") == ["median"]
    assert await slugs(anon, kind="contest", q="end") == ["loose"]
    await submit(alice, "median")
    await api.judge_next(Verdict.AC)
    assert await slugs(alice, kind="function", status="solved") == ["median"]
    assert await slugs(alice, kind="function", status="unsolved") == ["twosum"]
    page = (await anon.get("/api/problems", params={"kind": "function", "per_page": 1})).json()
    assert page["total"] == 2


# A random problem


async def test_random_respects_the_filters(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await add_catalogue(api)

    async def picks(client: httpx.AsyncClient, **params: str) -> set[str]:
        found = set()
        for _ in range(25):
            response = await client.get("/api/problems/random", params=params)
            assert response.status_code == 200, response.text
            found.add(response.json()["slug"])
        return found

    assert await picks(anon, kind="function") == {"twosum", "median"}
    assert await picks(anon, tag="math", difficulty="medium") == {"loose"}
    assert await picks(anon, q="walls") == {"walls"}
    assert len(await picks(anon)) > 1
    await submit(alice, "twosum")
    await api.judge_next(Verdict.AC)
    assert await picks(alice, kind="function", status="unsolved") == {"median"}
    assert (await anon.get("/api/problems/random", params={"status": "solved"})).status_code == 401


async def test_random_404s_when_nothing_matches(
    api: Api, admin: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    none = await anon.get("/api/problems/random")
    assert none.status_code == 404 and none.json()["code"] == "no_matching_problem"
    await api.add_problem("only", difficulty="easy")
    missing = await anon.get("/api/problems/random", params={"difficulty": "hard"})
    assert missing.status_code == 404
    assert "No problem matches these filters" in missing.json()["detail"]
    await admin.patch("/api/admin/problems/only", json={"hidden": True})
    assert (await anon.get("/api/problems/random")).status_code == 404
    assert (await admin.get("/api/problems/random")).json() == {"slug": "only"}


# Topics


async def test_topics_count_and_solved(
    api: Api, alice: httpx.AsyncClient, admin: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await add_catalogue(api)
    await api.add_problem("cycle", title="Cycle", tags=("graphs", "math"), difficulty="easy")
    await api.add_problem("secret", tags=("math", "hidden-only"))
    await admin.patch("/api/admin/problems/secret", json={"hidden": True})
    await submit(alice, "twosum")
    await api.judge_next(Verdict.AC)
    await submit(alice, "walls")
    await api.judge_next(Verdict.WA)

    assert (await anon.get("/api/topics")).json() == [
        {"tag": "math", "count": 3, "solved": 0},
        {"tag": "arrays", "count": 2, "solved": 0},
        {"tag": "graphs", "count": 2, "solved": 0},
        {"tag": "strings", "count": 1, "solved": 0},
    ]
    mine = {t["tag"]: t["solved"] for t in (await alice.get("/api/topics")).json()}
    assert mine == {"math": 1, "graphs": 0, "arrays": 1, "strings": 0}
    admin_view = {t["tag"]: t["count"] for t in (await admin.get("/api/topics")).json()}
    assert admin_view["math"] == 4 and admin_view["hidden-only"] == 1


async def test_a_topic_lists_its_problems_easy_to_hard(
    api: Api, alice: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("h1", title="Zeta", number=9, difficulty="hard", tags=("dp",))
    await api.add_problem("m2", title="Beta", difficulty="medium", tags=("dp",))
    await api.add_problem("e1", title="Omega", number=5, difficulty="easy", tags=("dp",))
    await api.add_problem("m1", title="Alpha", difficulty="medium", tags=("dp",))
    await api.add_problem("e2", title="Alpha", number=4, difficulty="easy", tags=("dp",))
    await api.add_problem("x", title="None", difficulty=None, tags=("dp",))
    await api.add_problem("m0", title="Gamma", number=7, difficulty="medium", tags=("dp",))
    await api.add_problem("other", tags=("greedy",))
    await submit(alice, "m1")
    await api.judge_next(Verdict.AC)

    topic = (await alice.get("/api/topics/dp")).json()
    assert [p["slug"] for p in topic["problems"]] == ["e2", "e1", "m0", "m1", "m2", "h1", "x"]
    assert (topic["tag"], topic["solved"], topic["total"]) == ("dp", 1, 7)
    assert topic["problems"][3]["status"] == "solved"
    assert {"number", "kind", "acceptance_rate"} <= set(topic["problems"][0])
    signed_out = (await anon.get("/api/topics/dp")).json()
    assert signed_out["solved"] == 0 and signed_out["total"] == 7
    unknown = await anon.get("/api/topics/nope")
    assert unknown.status_code == 404 and unknown.json()["code"] == "topic_not_found"


# Hints and the editorial


async def test_detail_has_number_kind_hints_and_has_editorial(
    api: Api, anon: httpx.AsyncClient
) -> None:
    await api.add_problem(
        "sum",
        number=12,
        hints=("Add them.", "Mind the $10^{18}$ overflow."),
        editorial_html="<p>Use 64-bit integers.</p>",
    )
    await api.add_problem("bare")
    detail = (await anon.get("/api/problems/sum")).json()
    assert (detail["number"], detail["kind"]) == (12, "contest")
    assert detail["hints"] == ["Add them.", "Mind the $10^{18}$ overflow."]
    assert detail["has_editorial"] is True
    assert "editorial_html" not in detail
    bare = (await anon.get("/api/problems/bare")).json()
    assert (bare["number"], bare["hints"], bare["has_editorial"]) == (None, [], False)


async def test_the_editorial_is_locked_until_solved_or_confirmed(
    api: Api, alice: httpx.AsyncClient, bob: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("sum", editorial_html="<p>Use 64-bit integers.</p>")
    url = "/api/problems/sum/editorial"

    assert (await anon.get(url)).status_code == 401
    assert (await anon.get(url, params={"confirm": "true"})).status_code == 401
    locked = await alice.get(url)
    assert locked.status_code == 403
    assert locked.json()["code"] == "editorial_locked"
    assert "solve the problem first" in locked.json()["detail"]
    assert "confirm" in locked.json()["detail"]
    assert (await alice.get(url, params={"confirm": "false"})).status_code == 403

    confirmed = await alice.get(url, params={"confirm": "true"})
    assert confirmed.status_code == 200
    assert confirmed.json() == {"html": "<p>Use 64-bit integers.</p>"}

    await submit(bob, "sum")
    await api.judge_next(Verdict.WA)
    assert (await bob.get(url)).status_code == 403  # a rejected submission does not unlock
    await submit(bob, "sum")
    await api.judge_next(Verdict.AC)
    assert (await bob.get(url)).json()["html"] == "<p>Use 64-bit integers.</p>"
    assert (await alice.get(url)).status_code == 403  # bob's solve unlocks it for bob only


async def test_no_editorial_is_a_404(
    api: Api, alice: httpx.AsyncClient, admin: httpx.AsyncClient
) -> None:
    await api.add_problem("bare")
    await api.add_problem("secret", editorial_html="<p>x</p>")
    await admin.patch("/api/admin/problems/secret", json={"hidden": True})
    bare = await alice.get("/api/problems/bare/editorial", params={"confirm": "true"})
    assert bare.status_code == 404 and bare.json()["code"] == "editorial_not_found"
    hidden = await alice.get("/api/problems/secret/editorial", params={"confirm": "true"})
    assert hidden.status_code == 404 and hidden.json()["code"] == "problem_not_found"
    unknown = await alice.get("/api/problems/nope/editorial")
    assert unknown.status_code == 404


# Importing packages


def upload(path: Path) -> dict[str, tuple[str, bytes, str]]:
    return {"file": (path.name, path.read_bytes(), "application/zip")}


def catalogue_package(root: Path, *, number: int | None, editorial: str | None = None) -> Path:
    write_package(root)
    lines = ["difficulty: medium", "tags: [math]", "hints: [Think small., 'Then $n^2$.']"]
    if number is not None:
        lines.append(f"number: {number}")
    (root / "assay.yaml").write_text("\n".join(lines) + "\n")
    if editorial is not None:
        (root / "solution").mkdir()
        (root / "solution" / "solution.en.md").write_text(editorial)
    return root


async def test_an_import_fills_number_kind_hints_and_editorial(
    api: Api, admin: httpx.AsyncClient, tmp_path: Path
) -> None:
    editorial = "Sum it: $a+b$.\n\n<script>alert(1)</script>\n\n![proof](proof.png)\n"
    package = catalogue_package(tmp_path / "hello", number=7, editorial=editorial)
    (package / "solution" / "proof.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    archive = zip_package(package, tmp_path / "hello.zip", top="hello")
    assert (await admin.post("/api/admin/problems", files=upload(archive))).status_code == 201

    detail = (await admin.get("/api/problems/hello")).json()
    assert (detail["number"], detail["kind"]) == (7, "contest")
    assert detail["hints"] == ["Think small.", "Then $n^2$."]
    assert detail["has_editorial"] is True
    html = (await admin.get("/api/problems/hello/editorial?confirm=true")).json()["html"]
    assert '<span class="math inline">a+b</span>' in html
    assert "<script>" not in html
    assert 'src="/api/problems/hello/assets/proof.png"' in html
    image = await admin.get("/api/problems/hello/assets/proof.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")

    two_sum = (
        "function_format_version: 1\nname: twoSum\n"
        'params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]\n'
        'return: {type: "integer[]"}\n'
    )
    function_root = write_function_package(
        tmp_path / "twosum", two_sum, [([[2, 7, 11, 15], 9], [0, 1])]
    )
    function_zip = zip_package(function_root, tmp_path / "twosum.zip", top="twosum")
    assert (await admin.post("/api/admin/problems", files=upload(function_zip))).status_code == 201
    function_detail = (await admin.get("/api/problems/twosum")).json()
    assert (function_detail["kind"], function_detail["number"]) == ("function", None)
    assert (function_detail["hints"], function_detail["has_editorial"]) == ([], False)


async def test_a_number_used_by_another_problem_is_refused(
    api: Api, admin: httpx.AsyncClient, tmp_path: Path
) -> None:
    first = zip_package(catalogue_package(tmp_path / "first", number=5), tmp_path / "first.zip")
    second = zip_package(catalogue_package(tmp_path / "second", number=5), tmp_path / "second.zip")
    assert (await admin.post("/api/admin/problems", files=upload(first))).status_code == 201
    refused = await admin.post("/api/admin/problems", files=upload(second))
    assert refused.status_code == 409, refused.text
    body = refused.json()
    assert body["code"] == "number_taken"
    assert "5" in body["detail"] and "'first'" in body["detail"] and "'second'" in body["detail"]
    assert (await admin.get("/api/problems/second")).status_code == 404

    # the same problem keeps its number on a new version; another number is fine
    (tmp_path / "first" / "statement" / "problem.en.md").write_text("New text.\n")
    again = zip_package(tmp_path / "first", tmp_path / "first2.zip")
    reimported = await admin.put("/api/admin/problems/first/package", files=upload(again))
    assert reimported.status_code == 200, reimported.text
    (tmp_path / "second" / "assay.yaml").write_text("number: 6\n")
    renumbered = zip_package(tmp_path / "second", tmp_path / "second2.zip", top="second")
    assert (await admin.post("/api/admin/problems", files=upload(renumbered))).status_code == 201
    numbers = {p["slug"]: p["number"] for p in (await admin.get("/api/problems")).json()["items"]}
    assert numbers == {"first": 5, "second": 6}


async def test_random_is_not_a_problem_name(admin: httpx.AsyncClient, tmp_path: Path) -> None:
    archive = zip_package(write_package(tmp_path / "random"), tmp_path / "random.zip")
    refused = await admin.post("/api/admin/problems", files=upload(archive))
    assert refused.status_code == 422 and "reserved" in refused.json()["detail"]


# Progress on the profile


async def test_profile_progress_by_difficulty_and_topic(
    api: Api, alice: httpx.AsyncClient, admin: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    await add_catalogue(api)
    await api.add_problem("secret", difficulty="easy", tags=("math",))
    await admin.patch("/api/admin/problems/secret", json={"hidden": True})
    for slug, verdict in (
        ("twosum", Verdict.AC),
        ("twosum", Verdict.AC),
        ("loose", Verdict.AC),
        ("walls", Verdict.WA),
        ("secret", Verdict.AC),  # hidden: not counted
    ):
        await submit(alice if slug != "secret" else admin, slug)
        await api.judge_next(verdict)

    progress = (await anon.get("/api/users/alice")).json()["progress"]
    assert progress["by_difficulty"] == [
        {"difficulty": "easy", "solved": 1, "total": 1},
        {"difficulty": "medium", "solved": 1, "total": 2},
        {"difficulty": "hard", "solved": 0, "total": 1},
        {"difficulty": "", "solved": 0, "total": 1},
    ]
    assert progress["by_topic"] == [
        {"tag": "arrays", "solved": 1, "total": 2},
        {"tag": "math", "solved": 2, "total": 2},
        {"tag": "graphs", "solved": 0, "total": 1},
        {"tag": "strings", "solved": 0, "total": 1},
    ]
    fresh = (await anon.get("/api/users/admin")).json()["progress"]
    assert [d["solved"] for d in fresh["by_difficulty"]] == [0, 0, 0, 0]
    assert all(t["solved"] == 0 for t in fresh["by_topic"])
