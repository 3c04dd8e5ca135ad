import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { BUILD_DIR, E2E_PORT } from "./e2e/build-dir.ts";

/**
 * Chromium: $CHROMIUM_PATH if set, else Debian's binary where it exists, else Playwright's own
 * downloaded browser (a developer's laptop after `npx playwright install chromium`).
 */
const debianChromium = "/usr/lib/chromium/chromium";
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

const port = E2E_PORT;
/** Build output for the tests; separate per port so two runs on one machine do not collide. */
const outDir = BUILD_DIR;

export default defineConfig({
  testDir: "e2e",
  // Traces and screenshots, also per port: one run clears its folder when it starts.
  outputDir: port === 4179 ? "test-results" : `test-results-${port}`,
  fullyParallel: true,
  // CI machines have 2 cores. Measured on one shared with two other test runs (1-min load 10–17):
  // 2 workers ran the suite in 4.7 min, 3 in 4.4 min, within the noise; 2 leaves the browser's
  // own processes and the analysis worker room. Elsewhere Playwright's default (half the cores).
  ...(process.env.CI ? { workers: 2 } : {}),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // The built app registers a service worker that serves it from its cache: it would hide
    // the specs' request routes (held-worker.ts) and add precaching to every test. The offline
    // spec allows it.
    serviceWorkers: "block",
    launchOptions: executablePath
      ? {
          executablePath,
          args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx vite build --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
