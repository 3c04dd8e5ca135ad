import { deflateSync } from "fflate";
import type { Page } from "@playwright/test";
import { decodeShareFragment, encodeShareFragment } from "../src/share/link.ts";
import { frame } from "../src/share/payload.ts";
import { bytesToBase64Url } from "../src/share/base64url.ts";
import { column, expect, openReader, seed, snapshot, test } from "./fixtures.ts";
import { compareThreeReports, REPORTS } from "./input-helpers.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

/** Opens Share, checks the copy, and returns the link. */
async function shareLink(page: Page): Promise<string> {
  await page.locator("[data-share-button]").click();
  const dialog = page.getByRole("dialog", { name: "Share this comparison" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("[data-copy-status]")).toHaveText("Copied to the clipboard.");
  const url = await dialog.locator("[data-share-url]").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(dialog.locator("[data-link-length]")).toHaveText(
    `${url.length.toLocaleString("en")} characters long.`,
  );
  await page.keyboard.press("Escape");
  return url;
}

test("a sample's link is short and reopens the same view elsewhere", async ({
  page,
  browser,
}, testInfo) => {
  await openReader(page);
  await page.locator('[data-layer-toggle="framing"]').click();
  await page.locator("body").press("j");
  await page.locator("body").press("j");
  const selected = await page.locator("[data-sentence-id]:focus").getAttribute("data-sentence-id");
  const url = await shareLink(page);
  expect(url).toMatch(
    new RegExp(`#seed=${seed.id}&layers=[a-z,-]+&sel=${selected!.replace(".", "\\.")}$`),
  );
  expect(url).not.toContain("framing");
  expect(url.length).toBeLessThan(200);
  await expect(page).toHaveURL(url); // the address bar holds the same view

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.setViewportSize({ width: 1280, height: 800 });
  await fresh.goto(url);
  await expect(fresh.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(fresh.locator('[data-layer-toggle="framing"]')).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(fresh.locator('[data-layer-toggle="variant"]')).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(fresh.locator('[data-reader] [data-layer="framing"]')).toHaveCount(0);
  const restored = fresh.locator(`[data-sentence-id="${selected}"]`);
  await expect(restored).toBeFocused();
  await expect(restored).toHaveAttribute("data-state", "active");
  await expect(fresh.locator('[data-state="partner"]').first()).toBeVisible();
  await snapshot(fresh, testInfo, "seed-link-reopened");
  await other.close();
});

test("pasted reports travel in the link and reopen with the same view", async ({
  page,
  browser,
}, testInfo) => {
  await compareThreeReports(page);
  await page.locator('[data-layer-toggle="unique"]').click();
  // Select a mark: its explanation opens; closing it leaves the mark selected.
  await column(page, 1).locator(".mark-cluster").first().click();
  const explanation = page.getByRole("dialog");
  await expect(explanation).toBeVisible();
  const heading = await explanation.getByRole("heading", { level: 3 }).first().textContent();
  await page.keyboard.press("Escape");
  await expect(explanation).toBeHidden();

  const url = await shareLink(page);
  expect(url).toMatch(/#v1=[A-Za-z0-9_-]+$/);
  const decoded = decodeShareFragment(new URL(url).hash);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok || decoded.value.kind !== "inputs") return;
  expect(decoded.value.sources.map((s) => s.name)).toEqual(REPORTS.map((r) => r.name));
  expect(decoded.value.view?.layers).not.toContain("unique");
  expect(decoded.value.view?.selected).toMatch(/^(q|qe|v|f)-/);
  await expect(page).toHaveURL(url); // the address bar reopens the same view too

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.setViewportSize({ width: 1280, height: 800 });
  await fresh.goto(url);
  await expect(fresh.locator("[data-reader] section[data-column]")).toHaveCount(3, {
    timeout: 15_000,
  });
  for (const [k, report] of REPORTS.entries()) {
    await expect(column(fresh, k).locator(`#outlet-${String.fromCharCode(65 + k)}`)).toContainText(
      report.name,
    );
  }
  await expect(fresh.locator('[data-layer-toggle="unique"]')).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(fresh.locator("[data-unique-chip]")).toHaveCount(0);
  const reopened = fresh.getByRole("dialog");
  await expect(reopened).toBeVisible();
  await expect(reopened.getByRole("heading", { level: 3 }).first()).toHaveText(heading!);
  await snapshot(fresh, testInfo, "inputs-link-reopened");
  await other.close();
});

// ── Hostile and broken links ──────────────────────────────────────────────────────────────

/** Opens `fragment` in a page that records dialogs, and checks nothing ran. */
async function openHostile(page: Page, fragment: string): Promise<void> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/#${fragment}`);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

async function expectBadLink(page: Page, message: RegExp): Promise<void> {
  await expect(page.locator("[data-bad-link-message]")).toHaveText(message);
  const home = page.getByRole("link", { name: "Go to the home page" });
  await expect(home).toBeVisible();
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
}

const SCRIPT_NAME = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2; alert(1)">`;

test("a name with a script in it is shown as text and runs nothing", async ({ page }) => {
  const fragment = encodeShareFragment({
    kind: "inputs",
    sources: [
      { name: SCRIPT_NAME, text: REPORTS[0].text },
      { name: "Tellam Post", text: REPORTS[1].text, format: "html" },
    ],
  });
  await openHostile(page, fragment);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(column(page, 0).locator("#outlet-A")).toContainText(SCRIPT_NAME);
  expect(await page.locator("[data-reader] script, [data-reader] img").count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test("a decompression bomb is refused with a message", async ({ page }, testInfo) => {
  // A payload's opening, then 16 MB of spaces: deflates to ~16 KB; the frame claims 100 bytes.
  const json = new Uint8Array(16 * 1024 * 1024).fill(0x20);
  json.set(new TextEncoder().encode('{"sources":[{"name":"A","text":"'));
  const bomb = deflateSync(json, { level: 9 });
  const fragment = `v1=${bytesToBase64Url(frame(bomb, 100, 0))}`;
  expect(fragment.length).toBeLessThan(60_000);
  const started = Date.now();
  await openHostile(page, fragment);
  await expect(page.locator("[data-bad-link-message]")).toContainText(
    "more text than Parallax opens",
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  await snapshot(page, testInfo, "bomb");
  await expectBadLink(page, /more text than Parallax opens/);
});

for (const [what, fragment, message] of [
  ["garbage", "v1=%%%not-a-link$$$", /is not a Parallax link/],
  ["a word after v1=", "v1=garbage", /is not a Parallax link/],
  ["a greeting after v1=", "v1=hello", /is not a Parallax link/],
  [
    "a cut link",
    encodeShareFragment({ kind: "inputs", sources: REPORTS }).slice(0, 200),
    /incomplete/,
  ],
  ["a future version", "v3=AAAA", /newer version of Parallax/],
  ["an unknown sample", "seed=no-such-sample", /does not include/],
  ["not a Parallax link at all", "utm_source=newsletter", /is not a Parallax link/],
] as const) {
  test(`${what} shows a plain message and a way home`, async ({ page }) => {
    await openHostile(page, fragment);
    await expect(page.getByRole("alert")).toBeVisible();
    await expectBadLink(page, message);
  });
}
