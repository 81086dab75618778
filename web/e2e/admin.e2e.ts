/** Administration: importing a package zip by drag and drop, and a rejected archive's message. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ADMIN } from "./api";
import { launchBrowser, newSession } from "./browser";
import { screenshot, signIn } from "./helpers";

const baseURL = inject("baseURL");
const artifacts = inject("artifactsDir");
const REPO = resolve(import.meta.dirname, "../..");

/** A copy of a bundled package under a new name, zipped with Python's zipfile. */
function makePackageZip(slug: string, title: string): string {
  const dir = mkdtempSync(join(tmpdir(), "assay-pkg-"));
  const zip = join(dir, `${slug}.zip`);
  const script = `
import pathlib, sys, zipfile
src, out, slug, title = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for p in sorted(src.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            data = p.read_bytes()
            if p.name == "problem.yaml":
                data = b"\\n".join(
                    (b"name: " + title.encode()) if l.startswith(b"name:") else l for l in data.split(b"\\n")
                )
            if p.name == "assay.yaml":  # a copy is a new problem: the number is the original's
                data = b"\\n".join(l for l in data.split(b"\\n") if not l.startswith(b"number:"))
            z.writestr(f"{slug}/{p.relative_to(src)}", data)
`;
  execFileSync("python3", ["-c", script, join(REPO, "problems/sumtwo"), zip, slug, title]);
  return zip;
}

async function dropFile(page: Page, selector: string, path: string): Promise<void> {
  const bytes = [...readFileSync(path)];
  const name = path.split("/").pop() ?? "package.zip";
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: "application/zip" }));
      return dt;
    },
    { bytes, name },
  );
  await page.dispatchEvent(selector, "dragover", { dataTransfer: transfer });
  await page.dispatchEvent(selector, "drop", { dataTransfer: transfer });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("admin", () => {
  it("imports a package zip dropped on the page, and the problem appears in the list", async () => {
    const { page, context, errors } = await newSession(browser, baseURL);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.goto("/admin");
    await page.getByRole("heading", { name: "Administration" }).waitFor();
    expect(await page.title()).toBe("Admin · Assay");
    await dropFile(page, "[data-testid=dropzone]", makePackageZip("e2esum", "Sum of Two Again"));
    const ok = page.getByTestId("import-ok");
    await ok.waitFor({ timeout: 60_000 });
    expect(await ok.innerText()).toContain("Sum of Two Again");
    // The list shows 50 problems a page, in catalogue order: a problem without a number comes last.
    const imported = page.getByTestId("admin-problems").getByText("Sum of Two Again");
    const next = page.getByRole("button", { name: "Next page" });
    for (let turn = 0; turn < 20 && !(await imported.isVisible()); turn++) {
      // the button turns disabled once the last page shows: a click may find it so
      await next.click({ timeout: 1_000 }).catch(() => undefined);
    }
    await imported.waitFor();
    await screenshot(page, artifacts, "admin-import.png");

    const bad = join(mkdtempSync(join(tmpdir(), "assay-bad-")), "broken.zip");
    execFileSync("python3", ["-c", `open(${JSON.stringify(bad)}, "wb").write(b"this is not a zip")`]);
    await page.getByTestId("import-file").setInputFiles(bad);
    const error = page.getByTestId("import-error");
    await error.waitFor();
    expect(await error.innerText()).toContain("broken.zip was rejected");

    await page.goto("/problems?q=again");
    await page.getByRole("link", { name: "Sum of Two Again" }).click();
    await page.getByTestId("statement").waitFor();
    expect(await page.title()).toBe("Sum of Two Again · Assay");
    expect(errors).toEqual([]);
    await context.close();
  });
});
