import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { encodeShareFragment } from "../src/share/link.ts";
import { BUILD_DIR } from "./build-dir.ts";
import { column, expect, seed, snapshot, test } from "./fixtures.ts";
import { REPORTS } from "./input-helpers.ts";
import { serveStatic } from "./static-server.ts";

/*
 * Offline once opened: the build on a plain static host under a sub-path, opened once; then the
 * host is gone and the browser offline, and share and class links still open. And an update:
 * a new build on the host replaces the cached one on the next visit, whole.
 */

test.use({ serviceWorkers: "allow" });

const PREFIX = "/school/parallax/";

/** Waits until the service worker has cached the app and controls the page. */
async function waitUntilOffline(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
    return registration.scope;
  });
}

test("after one visit, a share link and a class link open with no network", async ({
  page,
  context,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const host = await serveStatic({ root: BUILD_DIR, prefix: PREFIX });
  const base = `${host.origin}${PREFIX}`;
  await page.goto(base);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  expect(await waitUntilOffline(page)).toBe(base);

  await host.close();
  await context.setOffline(true);

  const link = encodeShareFragment({
    kind: "inputs",
    sources: REPORTS.slice(0, 2).map(({ name, text }) => ({ name, text })),
  });
  // A new page, as a link opened from a mail: the analysis worker comes from the cache too.
  const offline = await context.newPage();
  await offline.setViewportSize({ width: 1280, height: 800 });
  await offline.goto(`${base}#${link}`);
  await expect(offline.locator("[data-reading-text]").first()).toBeVisible({ timeout: 30_000 });
  await expect(column(offline, 1)).toContainText(REPORTS[1].name);
  await snapshot(offline, testInfo, "offline-share-link");

  // A class link: classroom mode's lazy chunk, from the cache.
  await offline.goto(`${base}#seed=${seed.id}&mode=class`);
  await offline.reload();
  await expect(offline.locator("[data-question]").first()).toBeVisible({ timeout: 15_000 });
  await offline.close();
});

/** The build's mark in its page, which the app never changes (unlike the title). */
const description = (page: Page) =>
  page.locator('meta[name="description"]').getAttribute("content");

test("a new version replaces the old one on the next visit", async ({ page }) => {
  // Two builds: this one, and the same with a changed page and so a new service worker.
  const root = mkdtempSync(join(tmpdir(), "parallax-update-"));
  const first = join(root, "first");
  const second = join(root, "second");
  cpSync(BUILD_DIR, first, { recursive: true });
  cpSync(BUILD_DIR, second, { recursive: true });
  const html = readFileSync(join(second, "index.html"), "utf8");
  writeFileSync(
    join(second, "index.html"),
    html.replace('content="Parallax:', 'content="Parallax 2:'),
  );
  const sw = readFileSync(join(second, "sw.js"), "utf8");
  writeFileSync(join(second, "sw.js"), sw.replace(/"version":"(\w+)"/, '"version":"$1-2"'));

  let served = first;
  const host = await serveStatic({ root: () => served, prefix: PREFIX });
  const base = `${host.origin}${PREFIX}`;
  try {
    await page.goto(base);
    await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
    await waitUntilOffline(page);

    const old = await description(page);
    expect(old).toMatch(/^Parallax:/);

    served = second; // deployed while the reader is away
    await page.reload();
    // This visit is still the cached version, whole (page, scripts, worker from one cache)…
    await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
    expect(await description(page)).toBe(old);
    // …while the new one installs beside it and takes over.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            const settled =
              registration?.active?.state === "activated" &&
              !registration.installing &&
              !registration.waiting;
            return settled ? (await caches.keys()).length : 0;
          }),
        { timeout: 15_000 },
      )
      .toBe(2);
    await page.reload();
    await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
    expect(await description(page)).toMatch(/^Parallax 2:/);
  } finally {
    await host.close();
    rmSync(root, { recursive: true, force: true });
  }
});
