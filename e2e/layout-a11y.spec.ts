import AxeBuilder from "@axe-core/playwright";
import { column, expect, openReader, snapshot, test } from "./fixtures.ts";

/** Light and dark, desktop and phone: no serious or critical axe violations, and a screenshot. */
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 780 },
] as const;

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

      const report = async (state: string) => {
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter(
          (v) => v.impact === "serious" || v.impact === "critical",
        );
        expect(
          blocking.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 5)
                .join(", ")}`,
          ),
          `axe, ${state}`,
        ).toEqual([]);
      };
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
  await page.setViewportSize({ width: 360, height: 780 });
  await openReader(page);
  const first = await column(page, 0).boundingBox();
  const second = await column(page, 1).boundingBox();
  expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1); // stacked, not side by side
  expect(first!.width).toBeLessThanOrEqual(360);

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
