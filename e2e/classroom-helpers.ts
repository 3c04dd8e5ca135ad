import type { Browser, Locator, Page } from "@playwright/test";
import { decodeShareFragment, type SharedState } from "../src/share/link.ts";
import { expect } from "./fixtures.ts";

/** Shared by the classroom specs: opening links as another person would, selecting and tagging. */

/** The state a link in the page's clipboard or field carries. */
export function decodeLink(url: string): SharedState {
  const decoded = decodeShareFragment(new URL(url).hash);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

/** Opens a class or hand-in link in a browser of its own, as a student or teacher elsewhere would. */
export async function openFresh(browser: Browser, url: string, width = 1280) {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  return { context, page, errors };
}

/** Selects the `occurrence`-th appearance of `words` in a column, as a drag would. */
export async function selectWords(page: Page, position: number, words: string, occurrence = 0) {
  await page.evaluate(
    ([position, words, occurrence]) => {
      const columnEl = document.querySelectorAll("[data-reader] section[data-column]")[position];
      if (!columnEl) throw new Error("no column");
      const walker = document.createTreeWalker(columnEl, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node as Text).data;
        for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
          if (seen++ !== occurrence) continue;
          node.parentElement?.scrollIntoView({ block: "center" });
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
      }
      throw new Error(`"${words}" is not in column ${position}`);
    },
    [position, words, occurrence] as const,
  );
}

/** Drags the mouse across `words` in a column: a real selection, made as a student makes it. */
export async function dragAcross(page: Page, position: number, words: string) {
  const box = await page.evaluate(
    ([position, words]) => {
      const columnEl = document.querySelectorAll("[data-reader] section[data-column]")[position];
      const walker = document.createTreeWalker(columnEl!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(words);
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: "center" });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left, y: rect.top + rect.height / 2, width: rect.width };
      }
      throw new Error(`"${words}" is not in column ${position}`);
    },
    [position, words] as const,
  );
  await page.mouse.move(box.x + 2, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y, { steps: 8 });
  await page.mouse.up();
}

/** Chooses a kind and an optional note in the open tag dialog and saves it. */
export async function saveTag(page: Page, kind: RegExp, note = "") {
  const dialog = page.getByRole("dialog", { name: /Tag a passage/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: kind }).check();
  if (note) await dialog.getByLabel(/^Note/).fill(note);
  await dialog.getByRole("button", { name: "Save tag" }).click();
  await expect(dialog).toBeHidden();
}

export const tagItems = (page: Page): Locator => page.locator("[data-tag-id]");

/** Highlights drawn by the Custom Highlight API, by name, with how many ranges each has. */
export async function drawnHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = (highlight as unknown as ReadonlySet<AbstractRange>).size;
    });
    return out;
  });
}
