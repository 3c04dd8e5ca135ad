import { encodeShareFragment } from "../src/share/link.ts";
import { BUILD_DIR } from "./build-dir.ts";
import { column, expect, seed, snapshot, sourceNames, test } from "./fixtures.ts";
import { REPORTS } from "./input-helpers.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

/*
 * The built folder on a plain static host, under a path of its own (a project page at
 * https://host/some/path/): no rewrites, no fallback to index.html. Everything the app loads,
 * its scripts and styles, the analysis worker and the lazy classroom chunk, has to be found
 * from there, and nothing may be asked of the host's root.
 */

const PREFIX = "/some/path/parallax/";
let host: StaticServer;

test.beforeAll(async () => {
  host = await serveStatic({ root: BUILD_DIR, prefix: PREFIX });
});

test.afterAll(async () => {
  await host.close();
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

/** Nothing was asked outside the prefix, and nothing the page asked for was missing. */
function expectAllServedUnderPrefix(): void {
  expect(host.log.filter((r) => !r.path.startsWith(PREFIX) || r.status !== 200)).toEqual([]);
}

test("the seed comparison opens from a sub-path", async ({ page }, testInfo) => {
  await page.goto(`${host.origin}${PREFIX}`);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(column(page, 0)).toContainText(sourceNames[0]!);
  // The header's icon and the home link stay under the prefix.
  await expect(page.locator("[data-app-header] img")).toHaveJSProperty("complete", true);
  expect(
    await page.locator("[data-app-header] img").evaluate((img) => (img as HTMLImageElement).src),
  ).toBe(`${host.origin}${PREFIX}favicon.svg`);
  await snapshot(page, testInfo, "subpath-seed");
  expectAllServedUnderPrefix();
});

test("a share link of the user's own reports runs the worker from a sub-path", async ({ page }) => {
  const fragment = encodeShareFragment({
    kind: "inputs",
    sources: REPORTS.slice(0, 2).map(({ name, text }) => ({ name, text })),
  });
  await page.goto(`${host.origin}${PREFIX}#${fragment}`);
  // Not a shipped comparison: the analysis comes from the worker, loaded from the sub-path.
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 30_000 });
  await expect(column(page, 1)).toContainText(REPORTS[1].name);
  expect(host.log.some((r) => /\/assets\/analysis\.worker-[\w-]+\.js$/.test(r.path))).toBe(true);
  expectAllServedUnderPrefix();
});

test("a class link loads classroom mode's chunk from a sub-path", async ({ page }, testInfo) => {
  await page.goto(`${host.origin}${PREFIX}#seed=${seed.id}&mode=class`);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[data-question]").first()).toBeVisible();
  expect(host.log.some((r) => /\/assets\/classroom-route-[\w-]+\.js$/.test(r.path))).toBe(true);
  await snapshot(page, testInfo, "subpath-class");
  expectAllServedUnderPrefix();
});

test("the New comparison page and back home stay under the sub-path", async ({ page }) => {
  await page.goto(`${host.origin}${PREFIX}#new`);
  await expect(page.getByRole("heading", { name: "Compare your own reports" })).toBeVisible();
  await page.locator("[data-app-header] a").first().click();
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  expect(new URL(page.url()).pathname).toBe(PREFIX);
  expectAllServedUnderPrefix();
});
