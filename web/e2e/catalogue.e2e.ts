/**
 * The catalogue in Chromium against the real server: browse a topic in its suggested order, pick a
 * problem at random within the filters, reveal hints one at a time, and the editorial (a warning
 * before the problem is solved, straight away after an accepted submission, which also shows in
 * the topic's progress).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueName } from "./api";
import { launchBrowser, newSession, type Session } from "./browser";
import { finalVerdict, openProblem, register, screenshot, setCode } from "./helpers";

const baseURL = inject("baseURL");
const artifacts = inject("artifactsDir");

/** problems/functions/pair-sum-indices: tags arrays, hashing; three hints. */
const PAIR = "pair-sum-indices";
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

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(): Promise<Session> {
  const s = await newSession(browser, baseURL);
  await register(s.page, uniqueName("c"));
  return s;
}

/** The slugs of a topic page's rows, in the page's order. */
async function topicSlugs(page: Page): Promise<string[]> {
  return page
    .locator(".problem-table tbody .problem-link")
    .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").split("/").pop() ?? ""));
}

async function topicProgress(page: Page): Promise<string> {
  return (await page.getByTestId("topic-progress").innerText()).replace(/\s+/g, " ");
}

describe("catalogue", () => {
  it("browses topics and opens a problem from a topic page", async () => {
    const { page, context, errors } = await signedIn();
    await page.goto("/problems");
    await page.getByRole("link", { name: "Browse topics" }).click();
    await page.waitForURL("**/topics");
    const hashing = page
      .getByTestId("topics")
      .getByRole("link")
      .filter({ hasText: /^hashing/ });
    expect(await hashing.innerText()).toMatch(/0 \/ \d+/);
    await hashing.click();
    await page.waitForURL("**/topics/hashing");
    expect(await topicProgress(page)).toMatch(/^0 \/ \d+ solved/);
    const slugs = await topicSlugs(page);
    expect(slugs).toContain(PAIR);
    // the suggested order numbers its steps 1, 2, 3, ...
    const steps = await page.locator(".problem-table tbody .num-cell").allInnerTexts();
    expect(steps).toEqual(slugs.map((_, i) => String(i + 1)));
    await screenshot(page, artifacts, "catalogue-topic.png");
    await page.locator(`.problem-table a[href="/problems/${slugs[0]}"]`).click();
    await page.waitForURL(`**/problems/${slugs[0]}`);
    await page.getByTestId("statement").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("picks a problem at random within the filters", async () => {
    const { page, context, errors } = await newSession(browser, baseURL);
    const picked = new Set<string>();
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.goto("/problems?difficulty=hard");
      await page.locator(".problem-table tbody tr").first().waitFor();
      await page.getByTestId("pick-one").click();
      await page.waitForURL((url) => /^\/problems\/[^/]+$/.test(url.pathname));
      await page.getByTestId("statement").waitFor();
      expect(await page.getByTestId("statement").locator(".difficulty").first().innerText()).toBe("Hard");
      picked.add(new URL(page.url()).pathname);
    }
    expect(picked.size).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reveals hints one at a time", async () => {
    const { page, context, errors } = await newSession(browser, baseURL);
    await openProblem(page, PAIR);
    const hints = page.getByTestId("hints");
    const first = hints.getByRole("button", { name: /Hint 1/ });
    const second = hints.getByRole("button", { name: /Hint 2/ });
    expect(await first.getAttribute("aria-expanded")).toBe("false");
    expect(await second.isDisabled()).toBe(true); // locked until hint 1 is open
    expect(await hints.locator(".hint-body").count()).toBe(0);
    await first.click();
    await hints.getByText("which value would its partner have to hold").waitFor();
    expect(await first.getAttribute("aria-expanded")).toBe("true");
    expect(await second.isDisabled()).toBe(false);
    await second.click();
    await hints.getByText("hash map").waitFor();
    expect(await hints.locator(".hint-body").count()).toBe(2);
    await screenshot(page, artifacts, "catalogue-hints.png");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("warns before the editorial of an unsolved problem, opens it after solving", async () => {
    const { page, context, errors } = await signedIn();
    await openProblem(page, PAIR);
    await page.getByRole("tab", { name: /Editorial/ }).click();
    await page.getByTestId("show-editorial").click();
    await page.getByTestId("editorial-warning").waitFor();
    expect(await page.getByTestId("editorial").innerText()).not.toContain("Complexity");

    await setCode(page, PAIR_PY);
    await page.getByTestId("submit-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    await page.getByRole("tab", { name: /Editorial/ }).click();
    // solved: no warning, no button, the editorial itself
    await page.getByTestId("editorial").locator(".statement-body").waitFor();
    expect(await page.getByTestId("editorial-warning").count()).toBe(0);
    expect((await page.getByTestId("editorial").innerText()).length).toBeGreaterThan(200);
    await screenshot(page, artifacts, "catalogue-editorial.png");

    await page.goto("/topics/hashing");
    await page.getByTestId("topic-progress").waitFor();
    expect(await topicProgress(page)).toMatch(/^1 \/ \d+ solved/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
