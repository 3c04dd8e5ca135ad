/**
 * Frame gaps while scrolling a long comparison in Chromium, for the closing notes; not a test.
 * Serve a build first (npx vite preview --port 4199), then: npx tsx scripts/scroll-frames.ts 300000
 * Env: PORT (default 4199); MOUSEAWAY=1 moves the pointer off the text before scrolling (otherwise
 * it rests over the middle of the first column); PROFILE_DIR (default /tmp/prof-ui) gets
 * ui.cpuprofile, a CPU profile of the scrolling.
 *
 * Two scrolls of the first column, each timing the gap between animation frames:
 * - "bounce": 120 frames of ±300 px, the same stretch of text again and again;
 * - "travel": 300 frames of 200 px downwards, 60 000 px through the report, then back up at
 *   600 px a frame, so paragraphs the column renders on the way (and drops) count.
 * DOM nodes are counted when the comparison appears and after each scroll. "visible after" is
 * from the click on Compare to the first column on screen, the analysis included.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { makeStory } from "./bench.ts";

const size = Number(process.argv[2] ?? 300000);
const port = Number(process.env["PORT"] ?? 4199);
const profileDir = process.env["PROFILE_DIR"] ?? "/tmp/prof-ui";
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/lib/chromium/chromium",
});
const tf = Date.now();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("page error:", e.message));
await page.goto(`http://127.0.0.1:${port}/#new`);
page.setDefaultTimeout(120000);
const [a, b] = makeStory(11, 2, size);
const cards = page.locator("[data-source-editor]");
for (const [k, name, text] of [
  [0, "First", a!.text],
  [1, "Second", b!.text],
] as const) {
  // As a paste does; the textarea is hidden first, as laying out a megabyte in it is slow.
  await cards
    .nth(k)
    .getByLabel("Report")
    .evaluate((el, v) => {
      (el as HTMLElement).style.display = "none";
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(el, v);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }, text);
  await cards.nth(k).getByLabel("Outlet name").fill(name);
}
console.log("filled in", Date.now() - tf, "ms");
const t0 = Date.now();
await page.getByRole("button", { name: /^Compare 2 reports$/ }).click();
await page.locator("[data-reading-text]").first().waitFor({ timeout: 120000 });
console.log("size", size, "visible after", Date.now() - t0, "ms");
/** Elements in the page, and in the reading columns alone (the summary beside them grows too). */
const domNodes = () =>
  page.evaluate(() => {
    const reader = document.querySelector("[data-reader]")?.getElementsByTagName("*").length ?? 0;
    return `${document.getElementsByTagName("*").length} (reader ${reader})`;
  });
console.log("DOM nodes", await domNodes());

// The pointer rests over the text of the first column, or at the window's corner.
const box = await page.locator("[data-column]").first().boundingBox();
if (process.env["MOUSEAWAY"]) await page.mouse.move(1270, 5);
else if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
await page.waitForTimeout(500);

const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.start");

/** Scrolls the first column by each step in turn, one step a frame; gap statistics in ms. */
const scroll = (steps: number[]) =>
  page
    .evaluate(async (steps) => {
      const target = document.querySelector<HTMLElement>("#reader [data-column]")!;
      const gaps: number[] = [];
      let last = performance.now();
      for (const step of steps) {
        target.scrollBy(0, step);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }
      return { gaps, height: target.scrollHeight, top: target.scrollTop };
    }, steps)
    .then(({ gaps, height, top }) => {
      // Statistics here, not in the page: the page function must not declare functions of its own.
      gaps.sort((x, y) => x - y);
      const at = (q: number) =>
        Math.round(gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))]! * 10) / 10;
      return { frames: gaps.length, median: at(0.5), p95: at(0.95), max: at(1), height, top };
    });

console.log(
  "bounce",
  JSON.stringify(await scroll(Array.from({ length: 120 }, (_, i) => (i % 2 ? -300 : 300)))),
);
console.log("DOM nodes after bounce", await domNodes());
console.log("travel down", JSON.stringify(await scroll(Array.from({ length: 300 }, () => 200))));
console.log("DOM nodes after travel down", await domNodes());
console.log("travel up", JSON.stringify(await scroll(Array.from({ length: 100 }, () => -600))));
console.log("DOM nodes after travel up", await domNodes());

const { profile } = await cdp.send("Profiler.stop");
mkdirSync(profileDir, { recursive: true });
writeFileSync(`${profileDir}/ui.cpuprofile`, JSON.stringify(profile));
await page.screenshot({ path: `${profileDir}/big-${size}.png` });
await browser.close();
