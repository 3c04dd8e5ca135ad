import type { BrowserContext, Page } from "@playwright/test";
import { expect, expectAxeClean, snapshot, test } from "./fixtures.ts";
import { REPORTS, sourceCard } from "./input-helpers.ts";
import { articleOf, NEWS_CSP, newsPage, type NewsArticle } from "./news-pages.ts";
import { serveStatic, type StaticPage, type StaticServer } from "./static-server.ts";

/*
 * The bookmarklet on news pages served, from another origin than Parallax, with a strict
 * Content-Security-Policy (no script, nothing fetched) and Cross-Origin-Opener-Policy. A
 * bookmarklet clicked in the browser's bookmarks bar runs in the page but is exempt from the
 * page's script-src, as Playwright's evaluate is; everything it then does (fetching, opening
 * windows) is held to the page's policy, as it would be.
 */

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const HERALD = articleOf(REPORTS[0], "Valley Courier");
/** No og:site_name: the outlet is the page's host. */
const POST = articleOf(REPORTS[1], undefined);

/** A long article (300 KB): prose the way an article repeats its story, compressible as prose is. */
function longArticle(): NewsArticle {
  const sentences = REPORTS.flatMap((r) => r.text.split(/(?<=\.)\s+/)).filter((s) => s.length > 30);
  const paragraphs: string[] = [];
  for (let k = 0; paragraphs.join("").length < 300_000; k++) {
    paragraphs.push(
      `Update ${k + 1}: ${sentences[k % sentences.length]} ${sentences[(k * 7 + 3) % sentences.length]}`,
    );
  }
  return { siteName: "Long Read Weekly", headline: "The flood, hour by hour", paragraphs };
}

/** An article no link can carry: random words barely compress. */
function hugeArticle(): NewsArticle {
  let seed = 7;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const word = (): string =>
    Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    ).join("");
  const paragraphs = Array.from(
    { length: 1200 },
    () => `${Array.from({ length: 80 }, word).join(" ")}.`,
  );
  return { siteName: "Wordy Times", headline: "Everything, all at once", paragraphs };
}

let news: StaticServer;
const PAGES: Record<string, StaticPage> = {
  "/news/flood-evacuation.html": newsPage(HERALD, "/news/flood-evacuation.html"),
  "/2026/12/08/hundreds-flee.html": newsPage(POST, "/2026/12/08/hundreds-flee.html"),
  "/long/flood-hour-by-hour.html": newsPage(longArticle(), "/long/flood-hour-by-hour.html"),
  "/huge/everything.html": newsPage(hugeArticle(), "/huge/everything.html"),
};

test.beforeAll(async () => {
  news = await serveStatic({ pages: PAGES });
});

test.afterAll(async () => {
  await news.close();
});

/** The bookmarklet's code, as the New comparison page offers it for this app's address. */
async function bookmarkletCode(page: Page): Promise<string> {
  await page.goto("/#new");
  const link = page.getByRole("link", { name: "Add to Parallax" });
  await expect(link).toHaveAttribute("href", /^javascript:/);
  const href = (await link.getAttribute("href")) ?? "";
  const code = decodeURIComponent(href.slice("javascript:".length));
  expect(code).toContain(JSON.stringify(new URL("/", page.url()).href));
  return code;
}

/** Opens a news page, as a reader would, and watches what it does. */
async function openNews(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(url);
  await page.bringToFront(); // the reader is looking at it when they click the bookmark
  expect(response?.headers()["content-security-policy"]).toBe(NEWS_CSP);
  expect(response?.headers()["cross-origin-opener-policy"]).toBe("same-origin");
  return { page, errors, requests };
}

/** Clicks the bookmarklet on a news page: returns the Parallax page it opens. */
async function clickBookmarklet(context: BrowserContext, newsPage: Page, code: string) {
  const opened = context.waitForEvent("page");
  await newsPage.evaluate(code);
  const parallax = await opened;
  await parallax.waitForLoadState();
  return parallax;
}

test("articles arrive from news pages with a strict CSP and COOP, one source each", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const code = await bookmarkletCode(page);
  const port = new URL(news.origin).port;

  // First outlet: og:site_name names it.
  const herald = await openNews(context, `${news.origin}/news/flood-evacuation.html`);
  const first = await clickBookmarklet(context, herald.page, code);
  await expect(first).toHaveURL(`${baseURL}/#new`); // the article left the address bar
  await expect(first.locator("[data-arrival]")).toHaveText(
    `Added the article from Valley Courier (127.0.0.1/news/flood-evacuation.html) as Source A. To add another, click the bookmarklet on another outlet's report of the story.`,
  );
  const a = sourceCard(first, "A");
  await expect(a.getByLabel("Outlet name")).toHaveValue("Valley Courier");
  const heraldText = await a.getByLabel("Report").inputValue();
  expect(heraldText.startsWith(`${HERALD.headline}\n\n${HERALD.paragraphs[0]}`)).toBe(true);
  // The article, not the page around it: no menu, rail, caption, newsletter or footer.
  for (const chrome of ["Politics", "Most read", "Photo: agency", "newsletter", "All rights"]) {
    expect(heraldText).not.toContain(chrome);
  }
  await expect(sourceCard(first, "B").getByLabel("Report")).toHaveValue("");

  // Second outlet, on another host and without og:site_name: the host names it.
  const post = await openNews(context, `http://localhost:${port}/2026/12/08/hundreds-flee.html`);
  const second = await clickBookmarklet(context, post.page, code);
  await expect(second.locator("[data-arrival]")).toContainText("as Source B");
  await expect(sourceCard(second, "A").getByLabel("Outlet name")).toHaveValue("Valley Courier");
  await expect(sourceCard(second, "B").getByLabel("Outlet name")).toHaveValue("localhost");
  await expect(sourceCard(second, "B").getByLabel("Report")).toHaveValue(
    `${POST.headline}\n\n${POST.paragraphs.join("\n\n")}`,
  );
  // The tab the first article opened follows: it will not save over the second.
  await expect(sourceCard(first, "B").getByLabel("Outlet name")).toHaveValue("localhost");

  // Clicked twice on the same page: still one source.
  const again = await clickBookmarklet(context, post.page, code);
  await expect(again.locator("[data-arrival]")).toContainText("is already here, as Source B");
  await expect(sourceCard(again, "C")).toHaveCount(0);

  // The news pages asked for nothing but themselves, and their policy was never violated.
  for (const visit of [herald, post]) {
    expect(visit.requests).toEqual([visit.page.url()]);
    expect(visit.errors).toEqual([]);
  }
  await snapshot(second, testInfo, "bookmarklet-two-sources");

  await second.getByRole("button", { name: /^Compare 2 reports$/ }).click();
  await expect(second.locator("[data-reading-text]").first()).toBeVisible({ timeout: 30_000 });
  await expect(second.locator("[data-reader] section[data-column]").nth(0)).toContainText(
    "Valley Courier",
  );
  await expect(second.locator("[data-reader] section[data-column]").nth(1)).toContainText(
    "localhost",
  );
  await snapshot(second, testInfo, "bookmarklet-compared");
});

test("a 300 KB article travels in the link; one past a link's size goes by the clipboard", async ({
  page,
  context,
}) => {
  const code = await bookmarkletCode(page);

  const long = await openNews(context, `${news.origin}/long/flood-hour-by-hour.html`);
  const arrived = await clickBookmarklet(context, long.page, code);
  await expect(arrived.locator("[data-arrival]")).toContainText(
    "from Long Read Weekly (127.0.0.1/long/flood-hour-by-hour.html) as Source A",
  );
  const text = await sourceCard(arrived, "A").getByLabel("Report").inputValue();
  expect(text.length).toBeGreaterThan(300_000);

  const huge = await openNews(context, `${news.origin}/huge/everything.html`);
  const alerted = huge.page.waitForEvent("dialog");
  const opened = context.waitForEvent("page");
  await huge.page.evaluate(code);
  const dialog = await alerted;
  expect(dialog.type()).toBe("alert");
  expect(dialog.message()).toBe(
    "Parallax: this article is too long for a link, so it is on your clipboard: paste it into a new source.",
  );
  await dialog.accept();
  const parallax = await opened;
  await expect(parallax.getByRole("heading", { name: "Compare your own reports" })).toBeVisible();
  const copied = await parallax.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith("Everything, all at once\n\n")).toBe(true);
  expect(copied.length).toBeGreaterThan(500_000);
  // The long article is still there; nothing was added or lost.
  await expect(sourceCard(parallax, "A").getByLabel("Outlet name")).toHaveValue("Long Read Weekly");
  expect(huge.requests).toEqual([huge.page.url()]);
});

test("the bookmarklet is offered to keyboard users too, and the page stays axe-clean", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const code = await bookmarkletCode(page);
  const link = page.getByRole("link", { name: "Add to Parallax" });
  const note = page.locator("[data-bookmarklet-note]");
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(note).toHaveText(/^Drag the button to your bookmarks bar rather than clicking it/);
  await expect(page).toHaveURL(/#new$/); // nothing ran here
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Copy it instead" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(note).toHaveText(/^Copied\. Make a new bookmark/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(copied.slice("javascript:".length))).toBe(code);
  await expectAxeClean(page, "New comparison with the bookmarklet");
  await snapshot(page, testInfo, "bookmarklet-offered");
});

test("an address that does not hold an article says so, and the form keeps what was typed", async ({
  page,
}) => {
  await page.goto("/#new");
  await sourceCard(page, "A").getByLabel("Report").fill("My own notes on the flood, kept.");
  await page.goto("/#add=AAAA");
  await expect(
    page.getByRole("heading", { name: "This article could not be added" }).first(),
  ).toBeVisible();
  await expect(page.getByText(/^The article could not be brought in: .+\.$/)).toBeVisible();
  await page.goto("/#new");
  await expect(sourceCard(page, "A").getByLabel("Report")).toHaveValue(
    "My own notes on the flood, kept.",
  );
});
