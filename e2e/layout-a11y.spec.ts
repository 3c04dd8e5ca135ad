import {
  column,
  expect,
  expectAxeClean,
  openReader,
  PHONE,
  snapshot,
  test,
  VIEWPORTS,
} from "./fixtures.ts";
import { compareThreeReports } from "./input-helpers.ts";

/** Light and dark, desktop and phone: no serious or critical axe violations, and a screenshot. */

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`no serious accessibility violations: ${viewport.name}, ${colorScheme}`, async ({
      page,
    }, testInfo) => {
      // Three full axe scans of a page with every highlight on take their time on two cores.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme });
      await openReader(page);
      await snapshot(page, testInfo, `${viewport.name}-${colorScheme}`);

      const report = (state: string) => expectAxeClean(page, state);
      await report("reading");

      // With removed text shown and an aligned sentence active.
      await page.locator("[data-removed-toggle]").click();
      await page.locator("body").press("j");
      await report("removed text shown, a pair active");

      // With an explanation open.
      await page.keyboard.press("Enter");
      await expect(page.getByRole("dialog")).toBeVisible();
      await report("explanation open");
      await snapshot(page, testInfo, `${viewport.name}-${colorScheme}-explanation`);
    });
  }
}

test("on a phone the columns stack and pairs stay navigable", async ({ page }, testInfo) => {
  await page.setViewportSize(PHONE);
  await openReader(page);
  const first = await column(page, 0).boundingBox();
  const second = await column(page, 1).boundingBox();
  expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // stacked, not side by side
  expect(first!.width).toBeLessThanOrEqual(PHONE.width);

  const chip = page.locator("[data-pair-chip]").first();
  await chip.scrollIntoViewIfNeeded();
  await chip.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("[data-pair]").first()).toBeVisible();
  await snapshot(page, testInfo, "phone-pair");
  await dialog
    .getByRole("button", { name: /^Show in / })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("[data-sentence-id]:focus")).toBeInViewport();
  await snapshot(page, testInfo, "phone-after-jump");
});

test("full-page screenshots for review", async ({ page }, testInfo) => {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await openReader(page);
    await snapshot(page, testInfo, `${viewport.name}-full`, true);
  }
});

/*
 * The views the scans above do not reach, in both schemes at both widths: every menu and dialog
 * of the reader open in turn, a mark's explanation, the three-column reader with its summary of
 * what only some carry, and the page for a link that cannot be opened. (The New comparison form,
 * empty and with messages, is scanned in new-comparison.spec.ts.)
 */
test.describe("every other view", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`menus, dialogs, three columns and a bad link are axe-clean: ${viewport.name}, ${colorScheme}`, async ({
        page,
      }, testInfo) => {
        // Eight full scans on two shared cores.
        test.setTimeout(240_000);
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.emulateMedia({ colorScheme });
        await openReader(page);
        const name = `${viewport.name}-${colorScheme}`;

        await page.getByRole("button", { name: "Export" }).click();
        await expect(page.locator("[data-menu=export] ul")).toBeVisible();
        await expectAxeClean(page, "export menu open");
        await snapshot(page, testInfo, `${name}-export-menu`);
        await page.keyboard.press("Escape");

        await page.getByRole("button", { name: "Open" }).click();
        await expect(page.locator("[data-menu=open] [data-recent-list]")).toBeVisible();
        await expectAxeClean(page, "open menu open");
        await page.keyboard.press("Escape");

        await page.locator("[data-share-button]").click();
        await expect(page.getByRole("dialog", { name: "Share this comparison" })).toBeVisible();
        await expectAxeClean(page, "share dialog open");
        await page.keyboard.press("Escape");

        // The shortcuts sheet opens with "?" at any width (its button is hidden on phones).
        await page.locator("body").press("?");
        await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
        await expectAxeClean(page, "shortcuts dialog open");
        await snapshot(page, testInfo, `${name}-shortcuts`);
        await page.keyboard.press("Escape");

        // A mark's explanation (the scans above open a pair's).
        const mark = column(page, 1).locator(".mark-cluster").first();
        await mark.scrollIntoViewIfNeeded();
        await mark.click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectAxeClean(page, "a mark's explanation open");
        await snapshot(page, testInfo, `${name}-mark-explanation`);
        await page.keyboard.press("Escape");

        // The summary, scrolled to and focused as the "s" key does.
        await page.locator("body").press("s");
        await expect(page.locator("#summary")).toBeFocused();
        await expectAxeClean(page, "summary in view");
        await snapshot(page, testInfo, `${name}-summary`);

        await compareThreeReports(page);
        await expect(page.getByRole("heading", { name: "Some sources, not all" })).toBeAttached();
        await expectAxeClean(page, "three columns");
        await snapshot(page, testInfo, `${name}-three-columns`);

        await page.goto("/#v1=%%%not-a-link");
        await expect(page.locator("[data-bad-link-message]")).toBeVisible();
        await expectAxeClean(page, "bad link page");
        await snapshot(page, testInfo, `${name}-bad-link`);
      });
    }
  }
});
