#!/usr/bin/env node
// The README's screenshot (docs/reader.png): the seed comparison at 1280 × 800, a sentence that
// reports someone under the pointer (its cue boxed, its speaker in bold, its partner lit) and the
// summary open at Who said what. Serve a build first, then:
//   npx vite build && npx vite preview --port 4197 &   node scripts/readme-screenshot.mjs [URL]
import { chromium } from "@playwright/test";

const url = process.argv[2] ?? "http://127.0.0.1:4197/";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
await page.locator("[data-reading-text]").first().waitFor();
await page
  .locator("#summary-said")
  .evaluate((el) => el.closest("section")?.scrollIntoView({ block: "start" }));
const cue = page.locator('[data-source="B"] [data-said="cue"]').first();
await cue.hover();
await page.waitForTimeout(600);
await page.screenshot({ path: "docs/reader.png" });
await browser.close();
console.log("docs/reader.png written");
