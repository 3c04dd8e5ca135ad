import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

/** The seed comparison the app opens on, as `seeds/index.json` lists it. */
export interface SeedEntry {
  readonly id: string;
  readonly title: string;
  readonly sources: readonly { readonly file: string; readonly name: string }[];
}

export const seed: SeedEntry = (
  JSON.parse(readFileSync(new URL("../seeds/index.json", import.meta.url), "utf8")) as {
    comparisons: SeedEntry[];
  }
).comparisons[0]!;

export const sourceNames = seed.sources.map((s) => s.name);

/**
 * Every test fails on a console error or an uncaught exception in the page (a favicon 404
 * counts), so "no console errors" holds for everything the suite does.
 */
export const test = base.extend<{ consoleGuard: undefined }>({
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      await use(undefined);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until the worker's analysis is on screen. */
export async function openReader(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
}

/** A column of the reader, by its position. */
export function column(page: Page, position: number) {
  return page.locator("[data-reader] section[data-column]").nth(position);
}

/** The words of an element as printed: without glyphs, screen-reader-only text and chips. */
export async function printedText(locator: ReturnType<Page["locator"]>): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll('[aria-hidden="true"], .sr-only, [hidden], button')
      .forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  });
}

/** Saves a screenshot into the test's output folder and attaches it to the report. */
export async function snapshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  fullPage = false,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** The widths every view is checked at for accessibility: a desktop and a phone. */
export const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 780 },
] as const;

/** The phone viewport alone, for checks of the narrow layout. */
export const PHONE = VIEWPORTS[1];

/** Fails on serious and critical axe violations on the page as it is now, listed by element. */
export async function expectAxeClean(page: Page, state: string): Promise<void> {
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
}
