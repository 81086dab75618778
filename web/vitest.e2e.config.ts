// End-to-end tests: the real server (`assay serve`, temporary SQLite, the real sandbox) serving
// web/dist, driven through the Debian Chromium with playwright-core. Run with `npm run e2e`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/server.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    retry: 0,
  },
});
