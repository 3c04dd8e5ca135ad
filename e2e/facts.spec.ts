import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectAxeClean, PHONE, snapshot, test } from "./fixtures.ts";
import { fillSource, openNewComparison } from "./input-helpers.ts";

/** The invented landslide reports of fixtures/reports/figures-differ: figures that disagree. */
const read = (file: string): string =>
  readFileSync(new URL(`../fixtures/reports/figures-differ/${file}`, import.meta.url), "utf8");
const LEDGER = { name: "The Harbour Ledger", text: read("harbour-ledger.txt") };
const POST = { name: "Valdmark Evening Post", text: read("evening-post.txt") };

async function compareLandslide(page: Page): Promise<void> {
  await openNewComparison(page);
  await fillSource(page, "A", LEDGER);
  await fillSource(page, "B", POST);
  await page.getByRole("button", { name: /^Compare 2 reports$/ }).click();
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
}

const facts = (page: Page) => page.locator('[data-reader] [data-layer="fact"]');

test("facts that differ are marked, explained side by side and tabled in the summary", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await compareLandslide(page);

  // Five facts, each marked in both columns; the same amount in two notations is not.
  await expect(facts(page)).toHaveCount(10);
  await expect(page.locator("[data-reader]")).not.toContainText("≠4.5m");
  await snapshot(page, testInfo, "facts-desktop");

  // The number key 6 switches the layer off and on.
  await page.locator("body").press("6");
  await expect(facts(page)).toHaveCount(0);
  await page.locator("body").press("6");
  await expect(facts(page)).toHaveCount(10);

  // A marked value explains itself with both values side by side.
  const cluster = page
    .locator('[data-reader] .mark-cluster:has([data-layer="fact"])')
    .filter({ hasText: "$120 million" })
    .first();
  await cluster.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  const card = dialog.locator('[data-explanation="fact"]');
  await expect(card).toBeVisible();
  const values = card.locator("[data-fact-values]");
  await expect(values).toContainText("The Harbour Ledger");
  await expect(values).toContainText("$120 million");
  await expect(values).toContainText("Valdmark Evening Post");
  await expect(values).toContainText("150 million dollars");
  await snapshot(page, testInfo, "fact-explained");
  await expectAxeClean(page, "a fact explained");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // The summary tables them, each value a link to its sentence.
  const table = page.getByRole("table", { name: /Facts that differ/ });
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(table).toContainText("rounded, can both be true");
  const link = table.getByRole("link", { name: /nine/ });
  const target = (await link.getAttribute("href"))!.slice(1);
  await link.click();
  // The sentence is made active and brought into view (focus goes to the value inside it).
  const sentence = page.locator(`[id="${target}"]`);
  await expect(sentence).toHaveAttribute("data-state", "active");
  await expect(sentence).toBeInViewport();
  await expectAxeClean(page, "facts in the reader, desktop");
});

test("facts that differ at phone width", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await compareLandslide(page);
  await expect(facts(page).first()).toBeVisible();
  await snapshot(page, testInfo, "facts-phone");
  await expectAxeClean(page, "facts in the reader, phone");
});
