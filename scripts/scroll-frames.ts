/**
 * Frame gaps while scrolling a long comparison in Chromium, for the closing notes; not a test.
 * Serve a build first (npx vite preview --port 4199), then: npx tsx scripts/scroll-frames.ts 300000
 * Env: MOUSEAWAY=1 moves the pointer off the text before scrolling. Writes /tmp/prof/ui.cpuprofile.
 */
import { chromium } from "@playwright/test";
import { makeStory } from "./bench.ts";
const size = Number(process.argv[2] ?? 300000);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium" });
const tf = Date.now();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
await page.goto("http://127.0.0.1:4199/#new");
page.setDefaultTimeout(120000);
const [a, b] = makeStory(11, 2, size);
const cards = page.locator("[data-source-editor]");
await cards.nth(0).getByLabel("Report").evaluate((el, v) => { (el as HTMLElement).style.display = "none"; Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(el, v); el.dispatchEvent(new Event("input", { bubbles: true })); }, a!.text);
await cards.nth(0).getByLabel("Outlet name").fill("First");
await cards.nth(1).getByLabel("Report").evaluate((el, v) => { (el as HTMLElement).style.display = "none"; Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(el, v); el.dispatchEvent(new Event("input", { bubbles: true })); }, b!.text);
await cards.nth(1).getByLabel("Outlet name").fill("Second");
console.log("filled in", Date.now() - tf, "ms");
const t0 = Date.now();
await page.getByRole("button", { name: /^Compare 2 reports$/ }).click();
await page.locator("[data-reading-text]").first().waitFor({ timeout: 120000 });
console.log("size", size, "visible after", Date.now() - t0, "ms");
console.log("DOM nodes", await page.evaluate(() => document.getElementsByTagName("*").length));
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.start");
if (process.env.MOUSEAWAY) await page.mouse.move(1270, 5);
// Scroll the reader and record frame gaps.
const frames = await page.evaluate(async () => {
  const scroller = (document.querySelector("#reader [data-reader]")?.closest("[data-scroll]") ?? document.scrollingElement) as HTMLElement;
  const el = document.querySelector("#reader") as HTMLElement;
  const target = [el, ...Array.from(el.querySelectorAll("*"))].find((n) => (n as HTMLElement).scrollHeight > (n as HTMLElement).clientHeight + 100 && getComputedStyle(n).overflowY !== "visible") as HTMLElement ?? scroller;
  const gaps: number[] = [];
  let last = performance.now();
  for (let i = 0; i < 120; i++) {
    target.scrollBy(0, i % 2 ? -300 : 300);
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }
  gaps.sort((x, y) => x - y);
  return { median: gaps[60], p95: gaps[114], max: gaps[119], height: target.scrollHeight };
});
console.log("scroll frames", JSON.stringify(frames));
const { profile } = await cdp.send("Profiler.stop");
(await import("node:fs")).mkdirSync("/tmp/prof", { recursive: true });
(await import("node:fs")).writeFileSync("/tmp/prof/ui.cpuprofile", JSON.stringify(profile));
await page.screenshot({ path: `/tmp/big-${size}.png` });
await browser.close();
