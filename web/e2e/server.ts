/**
 * Global set-up of the browser tests: builds the front end if needed, starts `assay serve` on a
 * free loopback port with a temporary data directory and SQLite database, waits until it answers,
 * registers the first user (who becomes the administrator), and stops it all afterwards.
 * `ASSAY_E2E_URL` skips all this and tests a server that is already running.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { ADMIN, registerViaApi } from "./api";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    artifactsDir: string;
  }
}

const REPO = resolve(import.meta.dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`assay serve exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`assay serve did not answer on ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const artifactsDir = join(REPO, "test-artifacts");
  project.provide("artifactsDir", artifactsDir);
  const external = process.env.ASSAY_E2E_URL;
  if (external) {
    project.provide("baseURL", external);
    return () => Promise.resolve();
  }
  if (process.env.ASSAY_E2E_SKIP_BUILD !== "1") {
    const build = spawnSync(join(REPO, "scripts/build-web.sh"), { stdio: "inherit" });
    if (build.status !== 0) throw new Error("scripts/build-web.sh failed");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "assay-e2e-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = openSync(join(dataDir, "server.log"), "a");
  const server = spawn(join(REPO, ".venv/bin/assay"), ["serve", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: REPO,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      ASSAY_DATA_DIR: dataDir,
      ASSAY_DATABASE_URL: `sqlite+aiosqlite:///${join(dataDir, "assay.db")}`,
      ASSAY_WEB_DIST_DIR: join(REPO, "web/dist"),
      ASSAY_SUBMIT_RATE_LIMIT: "1000",
      ASSAY_RUN_RATE_LIMIT: "1000",
      ASSAY_REGISTER_RATE_LIMIT: "1000", // every test user registers from 127.0.0.1
      ASSAY_PASSWORD_TIME_COST: "1",
      ASSAY_PASSWORD_MEMORY_KIB: "8192",
      ASSAY_JUDGING_SLOTS: "2",
    },
  });
  try {
    await waitUntilUp(baseURL, server, 90_000);
    await registerViaApi(baseURL, ADMIN.username, ADMIN.password);
  } catch (error) {
    server.kill("SIGTERM");
    console.error(`server log: ${join(dataDir, "server.log")}`);
    throw error;
  }
  project.provide("baseURL", baseURL);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    if (process.env.ASSAY_E2E_KEEP !== "1") rmSync(dataDir, { recursive: true, force: true });
  };
}
