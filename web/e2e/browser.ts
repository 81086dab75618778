/**
 * The Debian Chromium on this machine, driven by playwright-core (no browser is ever downloaded).
 * `ASSAY_CHROMIUM` overrides the executable path.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.ASSAY_CHROMIUM ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[]; // uncaught page errors, checked by the tests
}

export async function newSession(
  browser: Browser,
  baseURL: string,
  opts: { theme?: "light" | "dark"; width?: number; height?: number } = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    colorScheme: opts.theme ?? "light",
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}
