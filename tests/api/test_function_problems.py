"""Function problems in the API: the signature and generated stubs on the problem page, and custom
cases refused with a message naming the case and the parameter before anything is queued."""

from __future__ import annotations

from pathlib import Path

import httpx
from api_support import Api
from function_packages import write_package

TWO_SUM = """function_format_version: 1
name: twoSum
params: [{name: nums, type: "integer[]"}, {name: target, type: integer}]
return: {type: "integer[]"}
"""


async def _add_two_sum(api: Api, tmp_path: Path) -> None:
    root = write_package(tmp_path / "twosum", TWO_SUM, [([[2, 7, 11, 15], 9], [0, 1])])
    await api.add_problem(
        "twosum",
        package_path=str(root),
        samples=[{"name": "sample/01", "input": "[2,7,11,15]\n9\n", "output": "[0,1]\n"}],
    )


async def test_the_page_has_the_signature_cases_and_stubs(
    api: Api, anon: httpx.AsyncClient, tmp_path: Path
) -> None:
    await _add_two_sum(api, tmp_path)
    detail = (await anon.get("/api/problems/twosum")).json()
    function = detail["function"]
    assert function["kind"] == "function" and function["name"] == "twoSum"
    assert function["params"] == [
        {"name": "nums", "type": "integer[]"},
        {"name": "target", "type": "integer"},
    ]
    assert function["cases"] == [["[2,7,11,15]", "9"]]
    stubs = {lang["id"]: lang["starter_code"] for lang in detail["languages"]}
    assert "def twoSum(self, nums: List[int], target: int) -> List[int]:" in stubs["python3"]


async def test_a_contest_problem_has_no_signature(api: Api, anon: httpx.AsyncClient) -> None:
    await api.add_problem("sum")
    assert (await anon.get("/api/problems/sum")).json()["function"] is None


async def test_a_mistyped_custom_case_is_refused_with_its_place(
    api: Api, alice: httpx.AsyncClient, tmp_path: Path
) -> None:
    await _add_two_sum(api, tmp_path)
    body = {"problem": "twosum", "language": "python3", "source": "x"}
    bad_type = await alice.post(
        "/api/runs", json={**body, "custom_input": '[2,7]\n9\n[1,"a"]\n3\n'}
    )
    assert bad_type.status_code == 422
    assert "case 2: nums[1]: expected integer, got a string" in bad_type.text
    bad_count = await alice.post("/api/runs", json={**body, "custom_input": "[2,7]\n9\n[1]\n"})
    assert bad_count.status_code == 422 and "2 lines per case" in bad_count.text
    good = await alice.post("/api/runs", json={**body, "custom_input": "[2,7]\n9\n"})
    assert good.status_code == 202, good.text


async def test_an_interactive_problem_offers_line_by_line_stubs(
    api: Api, anon: httpx.AsyncClient
) -> None:
    await api.add_problem("guess", is_interactive=True)
    await api.add_problem("sum")
    interactive = (await anon.get("/api/problems/guess")).json()["languages"]
    plain = (await anon.get("/api/problems/sum")).json()["languages"]
    assert (
        "readline" in next(lang for lang in interactive if lang["id"] == "python3")["starter_code"]
    )
    assert (
        next(lang for lang in plain if lang["id"] == "python3")["starter_code"]
        == "print(input())\n"
    )


async def test_a_language_that_cannot_take_the_problem_is_named_with_the_reason(
    api: Api, anon: httpx.AsyncClient, tmp_path: Path
) -> None:
    spec = TWO_SUM + "languages: [python3]\n"
    root = write_package(tmp_path / "pyonly", spec, [([[2, 7, 11, 15], 9], [0, 1])])
    await api.add_problem("pyonly", package_path=str(root))
    detail = (await anon.get("/api/problems/pyonly")).json()
    assert [lang["id"] for lang in detail["languages"]] == ["python3"]
    assert detail["function"]["unsupported_languages"] == [
        {"id": "cpp", "name": "C++", "reason": "the problem does not offer this language"}
    ]
