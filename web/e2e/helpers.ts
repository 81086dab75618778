/** Page-level steps shared by the browser tests. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

export const PASSWORD = "correct-horse-42";

export async function register(page: Page, username: string): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL("**/problems");
  await page.getByTestId("user-menu").waitFor();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("user-menu").waitFor();
}

export async function openProblem(page: Page, slug: string): Promise<void> {
  await page.goto(`/problems/${slug}`);
  await page.getByTestId("statement").waitFor();
  await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 30_000 });
}

export async function chooseLanguage(page: Page, id: string): Promise<void> {
  await page.getByTestId("language-select").selectOption(id);
  await page.waitForFunction(
    (lang) => document.querySelector("[data-testid=code-editor]")?.getAttribute("data-path")?.endsWith(`/${lang}`),
    id,
  );
}

/**
 * Replaces the editor's text by pasting it, as a person would (typing it key by key would let
 * Monaco's auto-indent and auto-closing brackets change it).
 */
export async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  await page.waitForFunction(
    (first) =>
      document
        .querySelector(".monaco-editor .view-lines")
        ?.textContent.replace(/\u00a0/g, " ")
        .includes(first),
    code.split("\n")[0] ?? "",
  );
}

/** The editor's visible text (Monaco renders spaces as no-break spaces). */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator(".monaco-editor .view-lines").innerText();
  return text.replace(/\u00a0/g, " ");
}

/** Waits for the final verdict banner in the console and returns the verdict code. */
export async function finalVerdict(page: Page, timeoutMs = 90_000): Promise<string> {
  const banner = page.locator("[data-testid=results] [data-testid=verdict-banner] [data-verdict]");
  await banner.waitFor({ timeout: timeoutMs });
  return (await banner.getAttribute("data-verdict")) ?? "";
}

/** Records every text the live progress label shows (it changes faster than polling could see). */
export async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __progress: string[] }).__progress = seen;
    new MutationObserver(() => {
      const label = document.querySelector("[data-testid=progress-label]")?.textContent;
      if (label && seen[seen.length - 1] !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __progress: string[] }).__progress);
}

/** The line numbers Monaco shows next to whole-line error decorations. */
export async function markedLines(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const editor = document.querySelector(".monaco-editor");
    if (!editor) return [];
    const tops = [...editor.querySelectorAll(".view-overlays .line-error")].map(
      (el) => (el.parentElement as HTMLElement).style.top,
    );
    const margin = [...editor.querySelectorAll(".margin-view-overlays > div")] as HTMLElement[];
    return tops
      .map((top) => margin.find((m) => m.style.top === top)?.querySelector(".line-numbers")?.textContent)
      .filter((t): t is string => Boolean(t))
      .map(Number);
  });
}

export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await page.screenshot({ path });
  return path;
}
