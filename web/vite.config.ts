/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The Python server serves web/dist and the API on the same origin; in development Vite
// proxies /api (HTTP and WebSocket) to a server started with `.venv/bin/assay serve`.
const apiTarget = process.env.ASSAY_API_URL ?? "http://127.0.0.1:8000";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    sourcemap: false,
    rollupOptions: {
      output: {
        manualChunks(id: string): string | undefined {
          if (id.includes("node_modules/monaco-editor") || id.includes("node_modules/monaco-vim")) {
            return "monaco";
          }
          if (id.includes("node_modules/katex")) return "katex";
          if (id.includes("node_modules/react") || id.includes("node_modules/scheduler")) {
            return "react";
          }
          return undefined;
        },
      },
    },
  },
  worker: { format: "es" },
  server: {
    proxy: { "/api": { target: apiTarget, ws: true, changeOrigin: false } },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
    css: false,
  },
});
