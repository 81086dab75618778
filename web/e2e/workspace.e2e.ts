/**
 * The problem workspace against the real server and sandbox: Run, Submit with live results,
 * Wrong Answer with the failing sample's diff, compile errors marked in the editor, drafts per
 * language, and the long-poll fallback when the WebSocket cannot connect.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueName } from "./api";
import { launchBrowser, newSession, type Session } from "./browser";
import {
  chooseLanguage,
  editorText,
  finalVerdict,
  markedLines,
  openProblem,
  recordProgress,
  register,
  screenshot,
  setCode,
} from "./helpers";

const baseURL = inject("baseURL");
const artifacts = inject("artifactsDir");

const SUM_OK = "t = int(input())\nfor _ in range(t):\n    a, b = map(int, input().split())\n    print(a + b)\n";
const SUM_WRONG = "t = int(input())\nfor _ in range(t):\n    a, b = map(int, input().split())\n    print(a - b)\n";
const CPP_BROKEN = "#include <iostream>\n\nint main() {\n    std::cout << total << std::endl;\n    return 0;\n}\n";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function signedIn(theme: "light" | "dark" = "light"): Promise<Session> {
  const s = await newSession(browser, baseURL, { theme });
  await register(s.page, uniqueName("u"));
  return s;
}

describe("problem workspace", () => {
  it("runs the samples, then submits and receives Accepted live", async () => {
    const { page, context, errors } = await signedIn("light");
    const frames: string[] = [];
    page.on("websocket", (ws) => ws.on("framereceived", (f) => frames.push(String(f.payload))));
    await openProblem(page, "sumtwo");
    expect(await page.title()).toBe("Sum of Two · Assay");
    expect(await page.locator(".statement-body .katex").count()).toBeGreaterThan(0); // math typeset
    await chooseLanguage(page, "python3");
    await setCode(page, SUM_OK);

    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect(await page.locator("[data-testid=results] tr[data-verdict=AC]").count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId("verdict-banner").innerText()).toContain("Run on the samples");

    await page.getByRole("tab", { name: "Testcase" }).click();
    await page.getByTestId("custom-case").click();
    await page.getByTestId("custom-input").fill("1\n5 6\n");
    await page.getByTestId("run-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect(await page.getByTestId("verdict-banner").innerText()).toContain("Run on custom input");
    expect((await page.getByTestId("custom-output").innerText()).trim()).toBe("11");

    const progress = await recordProgress(page);
    await page.keyboard.press("ControlOrMeta+Shift+Enter"); // Submit from the keyboard
    expect(await finalVerdict(page)).toBe("AC");
    const seen = await progress();
    expect(seen.some((t) => /^Test \d+\/\d+$/.test(t))).toBe(true);
    const rows = page.locator("[data-testid=results] tr[data-verdict=AC]");
    expect(await rows.count()).toBeGreaterThan(2); // hidden tests too
    expect(frames.some((f) => f.includes('"kind":"test_finished"'))).toBe(true);
    expect(frames.some((f) => f.includes('"kind":"finished"'))).toBe(true);
    expect(await page.getByTestId("verdict-banner").innerText()).toMatch(/Runtime[\s\S]*Memory/);

    await page.getByRole("tab", { name: "Submissions" }).click();
    await page.getByTestId("my-submissions").getByText("Accepted").first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows Wrong Answer with the failing sample's expected and actual output", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, "sumtwo");
    await chooseLanguage(page, "python3");
    await setCode(page, SUM_WRONG);
    await page.getByTestId("submit-button").click();
    expect(await finalVerdict(page)).toBe("WA");
    const diff = page.getByTestId("output-diff");
    await diff.waitFor();
    expect(await page.getByTestId("diff-expected").innerText()).toContain("-2");
    expect(await page.getByTestId("diff-actual").innerText()).toContain("-8");
    expect(await diff.locator("mark.diff-mark-right").count()).toBeGreaterThan(0);
    await screenshot(page, artifacts, "workspace-wrong-answer.png");
    await context.close();
  });

  it("marks the line of a compile error in the editor", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, "sumtwo");
    await chooseLanguage(page, "cpp");
    await setCode(page, CPP_BROKEN);
    await page.keyboard.press("ControlOrMeta+Enter"); // Run from inside the editor
    expect(await finalVerdict(page)).toBe("CE");
    const diagnostic = page.getByTestId("diagnostic").first();
    expect(await diagnostic.innerText()).toContain("Line 4");
    await page.locator(".view-overlays .line-error").first().waitFor();
    expect(await markedLines(page)).toContain(4);
    await screenshot(page, artifacts, "workspace-compile-error.png");
    await context.close();
  });

  it("keeps a draft per language across language switches and reloads", async () => {
    const { page, context } = await signedIn();
    await openProblem(page, "parityrun");
    await chooseLanguage(page, "python3");
    await setCode(page, "# my python draft\nprint(42)\n");
    await chooseLanguage(page, "java");
    expect(await editorText(page)).not.toContain("my python draft");
    await setCode(page, "// my java draft\n");
    await chooseLanguage(page, "python3");
    expect(await editorText(page)).toContain("my python draft");
    await page.waitForTimeout(600); // drafts are saved shortly after typing stops
    await page.reload();
    await page.locator(".monaco-editor .view-lines").waitFor();
    expect(await page.getByTestId("language-select").inputValue()).toBe("python3"); // last language
    expect(await editorText(page)).toContain("my python draft");
    await chooseLanguage(page, "java");
    expect(await editorText(page)).toContain("my java draft");
    await context.close();
  });

  it("falls back to long-polling when the live connection keeps failing", async () => {
    const { page, context } = await signedIn();
    await page.routeWebSocket(/\/events$/, (ws) => ws.close({ code: 1011, reason: "test: no sockets" }));
    const polls: string[] = [];
    page.on("request", (r) => r.url().includes("wait=") && polls.push(r.url()));
    await openProblem(page, "sumtwo");
    await chooseLanguage(page, "python3");
    await setCode(page, SUM_OK);
    await page.getByTestId("submit-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    expect(polls.some((u) => /\/api\/submissions\/\d+\?wait=30/.test(u))).toBe(true);
    await context.close();
  });

  it("looks right in the light and the dark theme (screenshots)", async () => {
    // Runs last, so earlier accepted submissions give the runtime chart something to compare.
    const { page, context } = await signedIn("light");
    await openProblem(page, "sumtwo");
    await chooseLanguage(page, "python3");
    await setCode(page, SUM_OK);
    await page.getByTestId("submit-button").click();
    expect(await finalVerdict(page)).toBe("AC");
    await page.getByTestId("distribution-chart").waitFor();
    expect(await page.getByTestId("verdict-banner").innerText()).toMatch(/Beats \d+(\.\d)?% of Python 3 solutions/);
    await screenshot(page, artifacts, "workspace-light.png");
    await page.getByTestId("theme-toggle").click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.locator(".monaco-editor.vs-dark").waitFor(); // the editor follows the site's theme
    await screenshot(page, artifacts, "workspace-dark.png");
    await page.reload();
    await page.locator(".monaco-editor").waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark"); // remembered
    await context.close();
  });
});
