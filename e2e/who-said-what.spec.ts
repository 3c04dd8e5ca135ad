import type { Page } from "@playwright/test";
import { expect, expectAxeClean, openReader, PHONE, snapshot, test } from "./fixtures.ts";
import { compareThreeReports } from "./input-helpers.ts";

/*
 * Who said what: the summary's speaker table (one row per speaker, one column per source, the
 * statements lined up under each speaker), and the cue and speaker lit in the text.
 */

const table = (page: Page) =>
  page.getByRole("region", { name: "Who said what" }).getByRole("table");

test("the seed's speakers: the first open, its statements linked to their sentences", async ({
  page,
}) => {
  await openReader(page);
  const said = table(page);
  await said.scrollIntoViewIfNeeded();
  const toggles = said.locator(".said-toggle");
  await expect(toggles.first()).toHaveAttribute("aria-expanded", "true");
  expect(await toggles.count()).toBeGreaterThan(2);
  // Each statement row has one cell per source: a link where the source carries it, else a dash.
  const statement = said.locator(".said-statement").first();
  await expect(statement.locator("td")).toHaveCount(2);
  const link = statement.getByRole("link", { name: /gives it in its own words; show where/ });
  await link.click();
  const focused = page.locator("[data-sentence-id]:focus");
  await expect(focused).toHaveAttribute("data-source", "B");
  await expect(focused).toBeInViewport();
  // The sentence reached reports someone: its cue is there to be lit.
  await expect(focused.locator('[data-said="cue"]').first()).toBeAttached();

  // The next speaker opens from the keyboard.
  const second = toggles.nth(1);
  await second.focus();
  await page.keyboard.press("Enter");
  await expect(second).toHaveAttribute("aria-expanded", "true");
});

test("the cue and the speaker are lit while their sentence is under the pointer", async ({
  page,
}) => {
  await openReader(page);
  const cue = page.locator('[data-sentence-id] [data-said="cue"]').nth(2);
  await cue.scrollIntoViewIfNeeded();
  const sentence = cue.locator("xpath=ancestor::*[@data-sentence-id][1]");
  const outline = () => cue.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(await outline()).toBe("none");
  const before = await sentence.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  await sentence.hover();
  await expect(sentence).toHaveAttribute("data-state", "active");
  await expect.poll(outline).not.toBe("none");
  const speaker = sentence.locator('[data-said="speaker"]').first();
  if ((await speaker.count()) > 0) {
    const shadow = await speaker.evaluate((el) => getComputedStyle(el).textShadow);
    expect(shadow).not.toBe("none");
  }
  // Lit without moving a word: the line does not reflow under the pointer.
  const after = await sentence.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect([after.width, after.height]).toEqual([before.width, before.height]);
  // A screen reader hears whom the sentence reports, with the verb.
  const description = await sentence.evaluate(
    (el) => document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? "",
  );
  expect(description).toMatch(/Reports .+ \(.+\)\./);
});

for (const width of [1440, 1280, PHONE.width]) {
  test(`three sources at ${width} px: nothing cut off, axe-clean`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width === PHONE.width ? PHONE.height : 900 });
    await compareThreeReports(page);
    const said = table(page);
    await said.scrollIntoViewIfNeeded();
    await expect(said.locator("thead th")).toHaveCount(4);
    // Every speaker open: the widest the table gets.
    const closed = said.locator('.said-toggle[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    const fits = await said.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const panel = el.closest("section")!.getBoundingClientRect();
      // No cell spills into its neighbour either (a count pair wraps instead).
      const spilt = Array.from(el.querySelectorAll<HTMLTableCellElement>("td")).filter(
        (td) => td.scrollWidth > td.clientWidth + 1,
      );
      return (
        el.scrollWidth <= el.clientWidth + 1 && box.right <= panel.right + 1 && spilt.length === 0
      );
    });
    expect(fits, "the table fits its panel").toBe(true);
    await said.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await snapshot(page, testInfo, `who-said-what-${width}`);
    await expectAxeClean(page, `who said what, three sources, ${width} px`);
  });
}
