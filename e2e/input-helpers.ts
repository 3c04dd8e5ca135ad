import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Three short reports of one invented event (a river flood), written for these tests. */
const read = (file: string): string =>
  readFileSync(new URL(`./reports/${file}`, import.meta.url), "utf8");

export const REPORTS = [
  { name: "Valley Courier", text: read("valley-courier.txt") },
  { name: "Tellam Post", text: read("tellam-post.txt") },
  { name: "Northern Dispatch", text: read("northern-dispatch.txt") },
] as const;

/** A saved web page: navigation, the article, a footer. */
export const HTML_PAGE = {
  file: "lakeside-herald.html",
  path: new URL("./reports/lakeside-herald.html", import.meta.url).pathname,
  text: read("lakeside-herald.html"),
};

/** The card of one source on the New comparison page, by its letter. */
export function sourceCard(page: Page, letter: string) {
  return page.locator(`[data-source-editor="Source ${letter}"]`);
}

export async function openNewComparison(page: Page): Promise<void> {
  await page.goto("/#new");
  await expect(page.getByRole("heading", { name: "Compare your own reports" })).toBeVisible();
}

/** Types a report and its outlet into a source card (adding cards as needed). */
export async function fillSource(
  page: Page,
  letter: string,
  report: { readonly name: string; readonly text: string },
): Promise<void> {
  const card = sourceCard(page, letter);
  if ((await card.count()) === 0)
    await page.getByRole("button", { name: "+ Add a source" }).click();
  await card.getByLabel("Report").fill(report.text);
  await card.getByLabel("Outlet name").fill(report.name);
}

/** Pastes the three flood reports and compares them; waits for the columns. */
export async function compareThreeReports(page: Page): Promise<void> {
  await openNewComparison(page);
  for (const [k, report] of REPORTS.entries()) {
    await fillSource(page, String.fromCharCode(65 + k), report);
  }
  await page.getByRole("button", { name: /^Compare 3 reports$/ }).click();
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
}

/**
 * Puts long generated reports into the source cards as a paste does (the field's value changes
 * and an input event tells React) and compares them; returns once the comparison has started.
 * Laying out a megabyte in a textarea takes Chromium tens of seconds on a small machine (its own
 * code, not the app's), so each field is hidden first: what is tested comes after.
 */
export async function compareLongReports(
  page: Page,
  reports: readonly { readonly name: string; readonly text: string }[],
): Promise<void> {
  await openNewComparison(page);
  for (const [k, report] of reports.entries()) {
    const card = sourceCard(page, String.fromCharCode(65 + k));
    await card.getByLabel("Report").evaluate((el, value) => {
      (el as HTMLElement).style.display = "none";
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with `el` as `this` below; the prototype's setter bypasses React's value tracking
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      setter?.call(el, value);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, report.text);
    await card.getByLabel("Outlet name").fill(report.name);
  }
  await page
    .getByRole("button", { name: `Compare ${reports.length} reports`, exact: true })
    .click();
}
