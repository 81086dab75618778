/** The other pages: problem list filters in the URL, profile, leaderboard, 404, sign-in errors. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { uniqueName } from "./api";
import { launchBrowser, newSession } from "./browser";
import { register, screenshot } from "./helpers";

const baseURL = inject("baseURL");
const artifacts = inject("artifactsDir");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("pages", () => {
  it("filters the problem list and keeps the filters in the URL", async () => {
    const { page, context } = await newSession(browser, baseURL);
    await page.goto("/problems");
    await page.locator(".problem-table tbody tr").first().waitFor();
    expect(await page.title()).toBe("Problems · Assay");
    await page.getByLabel("Difficulty").selectOption("easy");
    await page.waitForURL(/difficulty=easy/);
    await page.getByLabel("Search problems").fill("sum");
    await page.waitForURL(/q=sum/);
    await page.getByRole("link", { name: "Sum of Two", exact: true }).waitFor();
    await page.reload();
    expect(await page.getByLabel("Difficulty").inputValue()).toBe("easy");
    expect(await page.getByLabel("Search problems").inputValue()).toBe("sum");
    await screenshot(page, artifacts, "problem-list.png");
    await context.close();
  });

  it("shows a 404 page for unknown addresses and problems", async () => {
    const { page, context } = await newSession(browser, baseURL);
    await page.goto("/no/such/page");
    await page.getByText("This page does not exist").waitFor();
    await page.goto("/problems/no-such-problem");
    await page.getByText("This problem does not exist").waitFor();
    expect(await page.title()).toBe("Not found · Assay");
    await context.close();
  });

  it("shows the API's message when signing in fails", async () => {
    const { page, context } = await newSession(browser, baseURL);
    await page.goto("/login");
    await page.getByLabel("Username or email").fill("nobody-here");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.locator(".form-error");
    await alert.waitFor();
    expect((await alert.innerText()).length).toBeGreaterThan(5);
    await context.close();
  });

  it("shows a profile and the leaderboard", async () => {
    const { page, context } = await newSession(browser, baseURL, { theme: "dark" });
    const name = uniqueName("p");
    await register(page, name);
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Profile" }).click();
    await page.getByRole("heading", { name }).waitFor();
    expect(await page.title()).toBe(`${name} · Assay`);
    await page.locator(".heatmap > svg").waitFor();
    await screenshot(page, artifacts, "profile-dark.png");
    await page.goto("/leaderboard");
    await page.getByRole("heading", { name: "Leaderboard" }).waitFor();
    expect(await page.title()).toBe("Leaderboard · Assay");
    await context.close();
  });
});
