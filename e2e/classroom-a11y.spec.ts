import { expect, expectAxeClean, openReader, seed, snapshot, test } from "./fixtures.ts";
import { saveTag, tagItems } from "./classroom-helpers.ts";

/*
 * Every classroom view scanned with axe, light and dark, at desktop and phone widths: the
 * reports without highlights, the tag dialog, the glossary, the results, hand-in and the
 * teacher's Prepare for class. The lesson's journey itself is in classroom.spec.ts.
 */

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

for (const width of [1280, 360] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`classroom views are axe-clean: ${width}px, ${colorScheme}`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(`/#seed=${seed.id}&mode=class`);
      await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
      await expectAxeClean(page, "reports without highlights");

      // Keyboard tagging works at this width too.
      await page.locator('[data-sentence-id="A.3"]').focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("dialog", { name: /Tag a passage/ })).toBeVisible();
      await expectAxeClean(page, "tag dialog with word chooser");
      await saveTag(page, /Only in this report/, "");
      await expect(tagItems(page)).toHaveCount(1);
      await snapshot(page, testInfo, `class-${width}-${colorScheme}`);

      await page.getByRole("button", { name: "Glossary", exact: true }).click();
      await expectAxeClean(page, "glossary");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Check my reading" }).click();
      await expect(page.locator("[data-check-results]")).toBeVisible();
      await expectAxeClean(page, "results");
      await snapshot(page, testInfo, `class-checked-${width}-${colorScheme}`);

      await page.locator("[data-hide-marks]").click();
      await page.locator("[data-hand-in]").click();
      await expectAxeClean(page, "hand in");
      await page.keyboard.press("Escape");

      await openReader(page);
      await page.getByRole("button", { name: "Prepare for class" }).click();
      await expect(page.getByRole("dialog", { name: "Prepare for class" })).toBeVisible();
      await expectAxeClean(page, "prepare for class");
      await snapshot(page, testInfo, `prepare-${width}-${colorScheme}`);
    });
  }
}
