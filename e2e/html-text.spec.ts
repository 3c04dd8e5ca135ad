import { column, expect, openReader, printedText, snapshot, test } from "./fixtures.ts";
import { fillSource, openNewComparison } from "./input-helpers.ts";

/*
 * What the reader shows of a web page is what the engine read: its entities decoded by the
 * engine's own table, and an entity compared as the character it stands for. Two invented
 * reports of one small event (a café reopening after a storm), one a page and one plain text,
 * written for this test.
 */

const PAGE = `<!doctype html>
<html><head><title>Quay Street caf&eacute; reopens | The Harbour Lamp</title></head>
<body><article>
<h1>Quay Street Caf&eacute; Reopens After the Storm</h1>
<p>The little caf&eacute; on Quay Street opened its doors again on Monday, three weeks after
the storm flooded its kitchen&#x2014;and its cellar.</p>
<p>Owner Odile Brannock&#8217;s staff poured free tea for the boat crews who had shovelled out
the mud, the parish council said.</p>
<p>Brannock&rsquo;s insurer paid for two new ovens, according to a statement from the harbour
trust.</p>
<p>Work on the sea wall beside the caf&eacute; is due to go on until the spring.</p>
</article></body></html>`;

const TEXT = `Quay Street Café Reopens After the Storm

The little café on Quay Street opened its doors again on Monday, three weeks after the storm flooded its kitchen—and its cellar.

Owner Odile Brannock’s staff poured free tea for the boat crews who had shovelled out the mud, local officials said.

Brannock’s insurer covered two new ovens, according to a statement from the harbour trust.

Work on the sea wall beside the café is due to go on until the spring.`;

async function compareCafeReports(page: Parameters<typeof openNewComparison>[0]) {
  await openNewComparison(page);
  await fillSource(page, "A", { name: "The Harbour Lamp", text: PAGE });
  await fillSource(page, "B", { name: "Quayside Notes", text: TEXT });
  await expect(page.locator('[data-source-editor="Source A"]')).toContainText("Read as a web page");
  await page.getByRole("button", { name: "Compare 2 reports" }).click();
  await expect(column(page, 0).locator("[data-reading-text]")).toBeVisible({ timeout: 15_000 });
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("a web page's named and numeric entities are shown decoded", async ({ page }, testInfo) => {
  await compareCafeReports(page);
  const printed = await printedText(column(page, 0).locator("[data-reading-text]"));
  expect(printed).toContain("The little café on Quay Street");
  expect(printed).toContain("flooded its kitchen—and its cellar");
  expect(printed).toContain("Owner Odile Brannock’s staff");
  expect(printed).toContain("Brannock’s insurer");
  for (const entity of ["&eacute;", "&#8217;", "&rsquo;", "&#x2014;", "&", "<"])
    expect(printed, entity).not.toContain(entity);
  await expect(column(page, 0).getByRole("heading", { level: 2 })).toContainText(
    "Quay Street Café Reopens After the Storm",
  );
  await snapshot(page, testInfo, "html-entities");
});

test("a pair diff across a web page and a text does not mark an entity as a change", async ({
  page,
}, testInfo) => {
  await compareCafeReports(page);
  const sentence = column(page, 0)
    .locator('[data-sentence-id][data-aligned="true"]')
    .filter({ hasText: "insurer" });
  await sentence.hover();
  await expect(sentence).toHaveAttribute("data-state", "active");
  const partner = column(page, 1).locator('[data-state="partner"]').filter({ hasText: "insurer" });
  await expect(partner).toBeVisible();

  // The words that differ are marked on both sides (a <mark>, whose role Playwright's types
  // do not list yet)…
  const marked = sentence.locator("mark[data-diff]");
  await expect(marked).toHaveText(["paid for"]);
  await expect(partner.locator("mark[data-diff]")).toHaveText(["covered"]);
  // …and the possessive written as `&rsquo;` on the page and as ’ in the text is not one of them.
  await expect(sentence).toContainText("Brannock’s insurer");

  const staff = column(page, 0)
    .locator('[data-sentence-id][data-aligned="true"]')
    .filter({ hasText: "staff" });
  await staff.hover();
  await expect(staff).toHaveAttribute("data-state", "active");
  const staffMarks = await staff.locator("mark[data-diff]").allTextContents();
  expect(staffMarks.length).toBeGreaterThan(0); // "the parish council" against "local officials"
  for (const text of staffMarks) expect(text).not.toContain("Brannock");
  await snapshot(page, testInfo, "html-pair-diff");
});

test("the summary shows a focus ring when the s key moves focus to it", async ({
  page,
}, testInfo) => {
  await openReader(page);
  await page.locator("body").press("s");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toBeFocused();
  const ring = await summary.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(":focus-visible"),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(ring).toEqual({ focusVisible: true, style: "solid", width: 2 });
  await snapshot(page, testInfo, "summary-focus-ring");
});
