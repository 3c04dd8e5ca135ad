import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, openReader, seed, snapshot, sourceNames, test } from "./fixtures.ts";
import { compareThreeReports, REPORTS } from "./input-helpers.ts";

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

async function exportAs(page: Page, item: RegExp): Promise<{ download: Download; text: string }> {
  await page.getByRole("button", { name: "Export" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("[data-menu=export]").getByRole("button", { name: item }).click(),
  ]);
  const path = await download.path();
  return { download, text: readFileSync(path, "utf8") };
}

test("exports the sample as a Markdown report and as the contract's JSON", async ({ page }) => {
  await openReader(page);

  const markdown = await exportAs(page, /Markdown report/);
  expect(markdown.download.suggestedFilename()).toBe(
    "parallax-iran-answers-the-cia-chief-on-its-ties-with-russia.md",
  );
  const md = markdown.text;
  expect(md.startsWith(`# ${seed.title}\n`)).toBe(true);
  for (const heading of [
    "## Sources",
    "## Alignment summary",
    "## Quotes",
    "## Names written differently",
    "## Framing",
    "## Only in one source",
  ]) {
    expect(md, heading).toContain(`\n${heading}\n`);
  }
  for (const name of sourceNames) expect(md).toContain(`### Only in ${name}`);
  expect(md).toMatch(/\| Speaker \| Quoted by \| Words \| Elsewhere \|/);
  expect(md).toMatch(/Kanaani/);
  expect(md).toMatch(/Reopen this comparison: <http:\/\/127\.0\.0\.1:\d+\/#seed=iran-russia-ties>/);

  const json = await exportAs(page, /JSON/);
  expect(json.download.suggestedFilename()).toMatch(/\.json$/);
  const comparison = JSON.parse(json.text) as {
    schema: string;
    sources: { name: string; text: string; sentences: { start: number; end: number }[] }[];
    alignments: unknown[];
    quotes: unknown[];
    variants: unknown[];
    framing: unknown[];
  };
  expect(comparison.schema).toBe("comparison/1");
  expect(comparison.sources.map((s) => s.name)).toEqual(sourceNames);
  for (const key of ["alignments", "quotes", "variants", "framing"] as const) {
    expect(Array.isArray(comparison[key]), key).toBe(true);
  }
  expect(comparison.alignments.length).toBeGreaterThan(0);
  const source = comparison.sources[0]!;
  const first = source.sentences[0]!;
  expect(source.text.slice(first.start, first.end).length).toBeGreaterThan(0);
});

test("exports a three-source comparison with what some carry and others do not", async ({
  page,
}) => {
  await compareThreeReports(page);
  const { text } = await exportAs(page, /Markdown report/);
  for (const report of REPORTS) expect(text).toContain(`### Only in ${report.name}`);
  expect(text).toContain("## In some sources but not all");
  expect(text).toMatch(/### In .+ but not .+/);
  expect(text).toContain("Priya Okonkwo");
});

test("prints a clean copy", async ({ page }, testInfo) => {
  await openReader(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("[data-header-actions]")).toBeHidden();
  await expect(page.locator("[data-connector-gutter]").first()).toBeHidden();
  const columns = page.locator("[data-reader] section[data-column]");
  const a = (await columns.nth(0).boundingBox())!;
  const b = (await columns.nth(1).boundingBox())!;
  expect(b.y).toBeGreaterThan(a.y + a.height - 1); // one after the other, not side by side
  await snapshot(page, testInfo, "print", true);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(10_000);
});
