import {
  column,
  expect,
  expectAxeClean,
  printedText,
  snapshot,
  test,
  VIEWPORTS,
} from "./fixtures.ts";
import {
  compareThreeReports,
  fillSource,
  HTML_PAGE,
  openNewComparison,
  REPORTS,
  sourceCard,
} from "./input-helpers.ts";

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("three pasted reports open as three aligned columns", async ({ page }, testInfo) => {
  await compareThreeReports(page);
  const columns = page.locator("[data-reader] section[data-column]");
  await expect(columns).toHaveCount(3);
  for (const [k, report] of REPORTS.entries()) {
    await expect(column(page, k).locator(`#outlet-${String.fromCharCode(65 + k)}`)).toContainText(
      report.name,
    );
    await expect(column(page, k).locator('[data-aligned="true"]').first()).toBeVisible();
  }
  // The shared quote lines up: hovering it in the first column lights partners in both others.
  const quote = column(page, 0).locator('[data-aligned="true"]', {
    hasText: "never seen the river",
  });
  await quote.first().hover();
  await expect(quote.first()).toHaveAttribute("data-state", "active");
  await expect(column(page, 1).locator('[data-state="partner"]').first()).toBeVisible();
  await expect(column(page, 2).locator('[data-state="partner"]').first()).toBeVisible();
  await snapshot(page, testInfo, "three-columns");

  // A sentence two of the three carry says which one leaves it out.
  const partial = page.locator("[data-pair-chip]", { hasText: "not " }).first();
  await expect(partial).toHaveAttribute("title", /^In .+ but not .+$/);
  await partial.click();
  await expect(page.getByRole("dialog").locator("[data-coverage]")).toContainText(/but not/);
  await page.keyboard.press("Escape");

  // The summary groups what some carry and others do not.
  await expect(page.getByRole("heading", { name: "Some sources, not all" })).toBeVisible();
  await expect(page).toHaveURL(/#v1=/);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/^Comparing/);
});

test("an uploaded web page is read as an article, its page chrome set aside", async ({
  page,
}, testInfo) => {
  await openNewComparison(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await sourceCard(page, "A").locator("[data-file-input]").setInputFiles(HTML_PAGE.path);
  const cardA = sourceCard(page, "A");
  await expect(cardA.getByLabel("Outlet name")).toHaveValue("Lakeside Herald");
  await expect(cardA).toContainText("From lakeside-herald.html");
  await expect(cardA).toContainText("Read as a web page");
  await fillSource(page, "B", REPORTS[0]);
  await page.getByRole("button", { name: "Compare 2 reports" }).click();

  const reading = column(page, 0).locator("[data-reading-text]");
  await expect(reading).toBeVisible({ timeout: 15_000 });
  const text = await printedText(reading);
  expect(text).toContain("Hundreds of residents were evacuated from Marrowby");
  expect(text).toContain(
    "“We have never seen the river climb this fast,” said station manager Priya Okonkwo",
  );
  expect(text).toContain("trapped on Mill Lane, where");
  for (const chrome of [
    "Subscribe",
    "morning newsletter",
    "Privacy policy",
    "All rights reserved",
  ]) {
    expect(text, chrome).not.toContain(chrome);
  }
  for (const markup of ["<", "href", "&ldquo;", "strong"])
    expect(text, markup).not.toContain(markup);
  await expect(column(page, 0).locator('[data-aligned="true"]').first()).toBeVisible();
  // The chrome is listed as removed, with its reason, on request.
  await page.locator("[data-removed-toggle]").click();
  const removed = column(page, 0).locator("[data-removed]");
  await expect(removed.filter({ hasText: "morning newsletter" })).toHaveCount(1);
  expect(await printedText(removed.first())).not.toContain("</");
  await snapshot(page, testInfo, "html-upload");
  // The page's own <script> was never run.
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("says what is wrong next to each source, and keeps what was typed", async ({
  page,
}, testInfo) => {
  await openNewComparison(page);
  const a = sourceCard(page, "A");
  const b = sourceCard(page, "B");

  // A web address: explained at once.
  await a.getByLabel("Report").fill("https://www.example.com/news/2024/flood-story");
  await expect(a.locator("[data-source-message]")).toContainText("fetches nothing");
  await expect(a.locator("[data-source-message]")).toContainText("save the page as HTML");

  // Too short: after leaving the field, with the minimum stated.
  await a.getByLabel("Report").fill("River floods town.");
  await b.getByLabel("Report").focus();
  await expect(a.locator("[data-source-message]")).toContainText("at least 25 words");

  // The same text twice.
  await a.getByLabel("Report").fill(REPORTS[0].text);
  await b.getByLabel("Report").fill(`${REPORTS[0].text}\n`);
  await expect(b.locator("[data-source-message]")).toContainText("same text as Source A");

  // A binary file, and one over the size limit: refused, the typed text left as it was.
  await b.locator("[data-file-input]").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  });
  await expect(b.locator("[data-source-message]")).toContainText("photo.png is not a text file");
  await expect(b.getByLabel("Report")).toHaveValue(`${REPORTS[0].text}\n`);
  await b.locator("[data-file-input]").setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(5 * 1024 * 1024 + 10, "a"),
  });
  await expect(b.locator("[data-source-message]")).toContainText("the limit is 5 MB");
  await expect(b.getByLabel("Report")).toHaveValue(`${REPORTS[0].text}\n`);

  // Compare with a problem left: a summary, and nothing lost.
  await page.getByRole("button", { name: "Compare 2 reports" }).click();
  await expect(page.locator("[data-problem-summary]")).toBeFocused();
  await expect(page).toHaveURL(/#new$/);
  await snapshot(page, testInfo, "validation", true);
  await expect(a.getByLabel("Report")).toHaveValue(REPORTS[0].text);

  // Empty, once Compare was asked for.
  await b.getByLabel("Report").fill("");
  await expect(b.locator("[data-source-message]")).toContainText("Nothing here yet");
});

test("two reports that share nothing are still compared, with a note", async ({ page }) => {
  await openNewComparison(page);
  await fillSource(page, "A", REPORTS[0]);
  await fillSource(page, "B", {
    name: "Garden Weekly",
    text: "Tomato growers in the south are enjoying a bumper season. Seedlings planted in April have produced heavy trusses of fruit, and several allotment societies report record yields. Experienced gardeners recommend feeding plants weekly with a potash-rich liquid and pinching out side shoots. Greenhouse owners should ventilate on warm afternoons to prevent mildew.",
  });
  await page.getByRole("button", { name: "Compare 2 reports" }).click();
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(
    page.getByRole("status").filter({ hasText: "No sentences were found" }),
  ).toBeVisible();
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(2);
});

test("a reload mid-typing brings the text back", async ({ page }) => {
  await openNewComparison(page);
  const a = sourceCard(page, "A");
  await a.getByLabel("Outlet name").fill("My Local Paper");
  await a
    .getByLabel("Report")
    .pressSequentially("Water rose on Mill Lane overnight", { delay: 15 });
  await page.reload();
  await expect(sourceCard(page, "A").getByLabel("Report")).toHaveValue(
    "Water rose on Mill Lane overnight",
  );
  await expect(sourceCard(page, "A").getByLabel("Outlet name")).toHaveValue("My Local Paper");
  await expect(page.getByText("Restored what you were working on.")).toBeVisible();
});

test("recent comparisons reopen and can be deleted", async ({ page }) => {
  await compareThreeReports(page);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await page.getByRole("link", { name: "New comparison" }).click();
  const recent = page.locator("main + aside [data-recent-list]");
  const escaped = title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const entry = recent.getByRole("button", { name: new RegExp(`^${escaped}`) });
  await expect(entry).toBeVisible();
  await entry.click();
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(3, {
    timeout: 15_000,
  });

  // Also on the home page, under Open.
  await page.goto("/");
  await page.getByRole("button", { name: "Open" }).click();
  const menuEntry = page.locator("[data-menu=open] [data-recent-list] li").first();
  await expect(menuEntry).toContainText("Valley Courier");
  await menuEntry.getByRole("button", { name: /^Delete/ }).click();
  await expect(page.locator("[data-menu=open] [data-recent-list] li")).toHaveCount(0);
});

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`the New page has no serious accessibility violations: ${viewport.name}, ${colorScheme}`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme });
      await openNewComparison(page);
      const check = (state: string) => expectAxeClean(page, state);
      await check("empty");
      await snapshot(page, testInfo, `new-${viewport.name}-${colorScheme}`, true);
      // With messages showing, a file loaded and a third source.
      await sourceCard(page, "A").locator("[data-file-input]").setInputFiles(HTML_PAGE.path);
      await sourceCard(page, "B").getByLabel("Report").fill("https://example.com/story");
      await page.getByRole("button", { name: "+ Add a source" }).click();
      await page.getByRole("button", { name: "Compare 3 reports" }).click();
      await expect(page.locator("[data-problem-summary]")).toBeVisible();
      await check("with messages");
      await snapshot(page, testInfo, `new-${viewport.name}-${colorScheme}-messages`, true);
    });
  }
}

test("without storage, says so once and keeps working", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await compareThreeReports(page);
  const notice = page.locator("[data-storage-notice]");
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("does not let Parallax keep anything");
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(3);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  // The comparison is still in this page's recent list.
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.locator("[data-menu=open] [data-recent-list] li")).toHaveCount(1);
});

test("with storage full, says so and keeps the text on the page", async ({ page }) => {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, called with the storage as `this` below
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("parallax:") && !key.endsWith("probe")) {
        throw new DOMException("Quota exceeded", "QuotaExceededError");
      }
      setItem.call(this, key, value);
    };
  });
  await openNewComparison(page);
  await sourceCard(page, "A").getByLabel("Report").fill(REPORTS[0].text);
  await expect(page.locator("[data-storage-notice=full]")).toContainText(
    "storage for Parallax is full",
  );
  await expect(sourceCard(page, "A").getByLabel("Report")).toHaveValue(REPORTS[0].text);
});
