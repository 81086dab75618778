/**
 * Function (LeetCode-style) problems in the workspace against the real server and sandbox: the
 * case fields filled from the examples, Run on every case with one result tab each, Submit in
 * Python, C++ and Java, a wrong answer and a runtime error shown on the case, a mistyped case
 * refused by the judge (HTTP 422) next to the fields, a design problem, and a reload while judging.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueName } from "./api";
import { launchBrowser, newSession, type Session } from "./browser";
import { chooseLanguage, finalVerdict, openProblem, register, screenshot, setCode } from "./helpers";

const baseURL = inject("baseURL");
const artifacts = inject("artifactsDir");

/** problems/functions/pair-sum-indices: findPair(nums: integer[], target: integer) -> integer[]. */
const PAIR = "pair-sum-indices";
const PAIR_EXAMPLES = [
  { nums: "[4,9,13,1]", target: "10" },
  { nums: "[5,-2,5]", target: "10" },
  { nums: "[3,1,6,5]", target: "6" },
];

const PAIR_PY = `class Solution:
    def findPair(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
            seen[x] = i
        return []
`;

const PAIR_CPP = `class Solution {
public:
    vector<int> findPair(vector<int>& nums, int target) {
        unordered_map<long long, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find((long long)target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
`;

const PAIR_JAVA = `class Solution {
    public int[] findPair(int[] nums, int target) {
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get((long) target - nums[i]);
            if (j != null) return new int[] {j, i};
            seen.put((long) nums[i], i);
        }
        return new int[0];
    }
}
`;

/** The first and the last position: right for example 2 only. */
const PAIR_WRONG = `class Solution:
    def findPair(self, nums: List[int], target: int) -> List[int]:
        return [0, len(nums) - 1]
`;

/** Raises on line 3. */
const PAIR_RAISES = `class Solution:
    def findPair(self, nums: List[int], target: int) -> List[int]:
        raise ValueError("no pair for " + str(target))
`;

/** Correct, but sleeps a quarter second per test: the secret tests take several seconds. */
const PAIR_SLOW = `import time


class Solution:
    def findPair(self, nums: List[int], target: int) -> List[int]:
        time.sleep(0.25)
        seen = {}
        for i, x in enumerate(nums):
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
            seen[x] = i
        return []
`;

/** problems/functions/recent-cache: class RecentCache(capacity) with get(key) and put(key, value). */
const CACHE_PY = `class RecentCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = collections.OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(): Promise<Session> {
  const s = await newSession(browser, baseURL);
  await register(s.page, uniqueName("f"));
  return s;
}

/** The case fields' labels ("nums =") and values, in order, of the selected case. */
async function caseFields(page: Page): Promise<{ label: string; value: string }[]> {
  return page.locator("[data-testid=function-cases] .fn-field").evaluateAll((fields) =>
    fields.map((f) => ({
      label: (f.querySelector("label")?.textContent ?? "").replace(/\s+/g, " ").trim(),
      value: f.querySelector("textarea")?.value ?? "",
    })),
  );
}

/** The verdict of each case tab of a Run's results (after the run finished). */
async function caseVerdicts(page: Page): Promise<string[]> {
  const tabs = page.locator("[data-testid=results] [data-testid^=case-result-tab-]");
  return tabs.evaluateAll((els) => els.map((e) => e.getAttribute("data-verdict") ?? ""));
}

async function submitAccepted(page: Page): Promise<void> {
  await page.getByTestId("submit-button").click();
  expect(await finalVerdict(page)).toBe("AC");
  expect(await page.getByTestId("verdict-banner").innerText()).toMatch(/(\d+) \/ \1 tests passed/);
}

describe("function problems", () => {
  it("solves a function problem in Python: example cases, Run per case, Submit", async () => {
    const { page, context, errors } = await signedIn();
    await openProblem(page, PAIR);
    expect(await page.title()).toBe("Pair Sum Indices · Assay");
    // a new user starts a function problem in Python 3
    expect(await page.getByTestId("language-select").inputValue()).toBe("python3");

    // one case tab per example, a field per parameter, filled with the example's values
    const tabs = page.locator("[data-testid=function-cases] [data-testid^=case-tab-]");
    expect(await tabs.count()).toBe(PAIR_EXAMPLES.length);
    for (const [i, example] of PAIR_EXAMPLES.entries()) {
      await page.getByTestId(`case-tab-${i + 1}`).click();
      expect(await caseFields(page)).toEqual([
        { label: "nums =", value: example.nums },
        { label: "target =", value: example.target },
      ]);
    }
    await page.getByTestId("case-tab-1").click();
    await screenshot(page, artifacts, "function-cases.png");

    await setCode(page, PAIR_PY);
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect(await page.getByTestId("verdict-banner").innerText()).toContain("Run on your cases");
    expect(await caseVerdicts(page)).toEqual(["AC", "AC", "AC"]);
    expect(await page.locator("[data-testid=case-result-tab-1]").innerText()).toContain("Case 1");
    // the selected case shows its named input and its output
    const result = page.getByTestId("case-result");
    expect(await result.getAttribute("data-verdict")).toBe("AC");
    expect(await result.innerText()).toMatch(/nums =\s*\[4,9,13,1\]/);
    expect((await page.getByTestId("case-output").innerText()).replace(/\s/g, "")).toMatch(/^\[(1,3|3,1)\]$/);
    await page.getByTestId("case-result-tab-2").click();
    expect(await page.getByTestId("case-result").innerText()).toMatch(/nums =\s*\[5,-2,5\]/);
    await screenshot(page, artifacts, "function-run-accepted.png");

    await submitAccepted(page);
    await screenshot(page, artifacts, "function-submit-accepted.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("solves the same problem in C++ and in Java", async () => {
    const { page, context, errors } = await signedIn();
    await openProblem(page, PAIR);
    await chooseLanguage(page, "cpp");
    await setCode(page, PAIR_CPP);
    await submitAccepted(page);
    await chooseLanguage(page, "java");
    await setCode(page, PAIR_JAVA);
    await submitAccepted(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a wrong answer on the case: named input, output and expected value", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, PAIR);
    await setCode(page, PAIR_WRONG);
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("WA");
    expect(await caseVerdicts(page)).toEqual(["WA", "AC", "WA"]);
    // the first failing case is selected
    const result = page.getByTestId("case-result");
    expect(await result.getAttribute("data-verdict")).toBe("WA");
    expect(await page.locator("[data-testid=case-result-tab-1]").getAttribute("aria-selected")).toBe("true");
    const names = await result.locator(".fn-value-name").allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(["nums =", "target ="]);
    const values = await result.locator(".fn-value pre").allInnerTexts();
    expect(values.map((v) => v.trim())).toEqual(["[4,9,13,1]", "10"]);
    expect((await page.getByTestId("case-output").innerText()).replace(/\s/g, "")).toBe("[0,3]");
    expect((await page.getByTestId("case-expected").innerText()).replace(/\s/g, "")).toBe("[1,3]");
    await page.getByTestId("case-expected").scrollIntoViewIfNeeded();
    await screenshot(page, artifacts, "function-wrong-answer.png");
    await context.close();
  });

  it("shows a runtime error with the exception and the line of the user's code", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, PAIR);
    await setCode(page, PAIR_RAISES);
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("RE");
    expect(await caseVerdicts(page)).toEqual(["RE", "RE", "RE"]);
    const message = await page.getByTestId("case-message").innerText();
    expect(message).toContain("ValueError");
    expect(message).toContain("no pair for 10");
    expect(message).toContain("line 3");
    await screenshot(page, artifacts, "function-runtime-error.png");
    await context.close();
  });

  it("refuses a case of the wrong type and says why next to the fields", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, PAIR);
    await setCode(page, PAIR_PY);
    await page.getByTestId("case-tab-2").click();
    // valid JSON (so the browser's own check lets it through) but not an integer array
    await page.getByTestId("case-field-nums").fill('"five, minus two, five"');
    await page.getByTestId("run-button").click();
    // the judge's 422, shown on the Testcase tab above the fields
    const alert = page.locator("[data-testid=function-cases] [data-testid=case-server-error]");
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    expect(text).toMatch(/case 2: nums: expected integer\[\], got a string/);
    expect(await page.getByTestId("case-field-nums").inputValue()).toBe('"five, minus two, five"');
    expect(await page.locator("[data-testid=results]").count()).toBe(0); // nothing was judged
    await screenshot(page, artifacts, "function-case-refused.png");

    // fixing the field clears the message, and the run goes through
    await page.getByTestId("case-field-nums").fill("[5,-2,5]");
    expect(await alert.count()).toBe(0);
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect(await caseVerdicts(page)).toEqual(["AC", "AC", "AC"]);
    await context.close();
  });

  it("selects the refused case and marks its field", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, PAIR);
    await setCode(page, PAIR_PY);
    await page.getByTestId("case-tab-2").click();
    await page.getByTestId("case-field-nums").fill('"five, minus two, five"');
    await page.getByTestId("case-tab-1").click(); // run from another case
    await page.getByTestId("run-button").click();
    await page.getByTestId("case-server-error").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("case-tab-2").getAttribute("aria-selected")).toBe("true");
    expect(await page.getByTestId("case-tab-2").getAttribute("class")).toContain("chip-invalid");
    expect(await page.getByTestId("case-field-nums").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("solves a design problem (recent-cache) in Python", async () => {
    const { page, context, errors } = await signedIn();
    await openProblem(page, "recent-cache");
    expect(await page.getByTestId("language-select").inputValue()).toBe("python3");
    const fields = await caseFields(page);
    expect(fields.map((f) => f.label)).toEqual(["operations =", "arguments ="]);
    expect(fields[0]?.value).toContain('"RecentCache"');
    await setCode(page, CACHE_PY);
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect((await caseVerdicts(page)).every((v) => v === "AC")).toBe(true);
    await submitAccepted(page);
    await screenshot(page, artifacts, "function-design-accepted.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the result of a submission still judging when the page was reloaded", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, PAIR);
    await setCode(page, PAIR_SLOW);
    await page.getByTestId("submit-button").click();
    // judging has started: some tests are done, most are still to come
    await page.waitForFunction(
      () => /^Test ([3-9]|\d\d+)\/\d+$/.test(document.querySelector("[data-testid=progress-label]")?.textContent ?? ""),
      undefined,
      { timeout: 60_000 },
    );
    await page.reload();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 30_000 });
    await screenshot(page, artifacts, "function-reload-while-judging.png");
    expect(await finalVerdict(page)).toBe("AC");
    await screenshot(page, artifacts, "function-reload-finished.png");
    await context.close();
  });
});
