import {
  column,
  expect,
  openReader,
  printedText,
  seed,
  snapshot,
  sourceNames,
  test,
} from "./fixtures.ts";

/**
 * The reading view on the seed comparison. Assertions are structural (roles and data
 * attributes) so they hold for any engine output of the right shape; seed wording appears only
 * where a headline has to be checked.
 */

/** The seed's headlines as printed (unavoidable: the test checks the engine found them). */
const HEADLINES: Readonly<Record<string, string>> = {
  "The Moscow Times": "Iran Says It Won't 'Seek Permission From Anyone' to Boost Russia Ties",
  "Iran Front Page":
    "Iran says CIA chief claims regarding Tehran-Moscow ties baseless, propaganda campaign",
};

const LAYER_IDS = ["quote-shared", "quote-paraphrased", "variant", "framing", "unique"] as const;

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("opens on the seed comparison, one column per source", async ({ page }, testInfo) => {
  await openReader(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(seed.sources.length);
  for (const [k, name] of sourceNames.entries()) {
    await expect(column(page, k).locator(`#outlet-${String.fromCharCode(65 + k)}`)).toContainText(
      name,
    );
  }
  await snapshot(page, testInfo, "opened");
});

test("shows each source's headline", async ({ page }) => {
  await openReader(page);
  for (const [k, name] of sourceNames.entries()) {
    const headline = column(page, k).getByRole("heading", { level: 2 });
    await expect(headline).toBeVisible();
    expect(await printedText(headline)).toBe(HEADLINES[name]);
  }
});

test("shows at least one mark of each layer", async ({ page }) => {
  await openReader(page);
  for (const layer of LAYER_IDS) {
    await expect
      .soft(
        page.locator(`[data-reader] [data-layer="${layer}"]`).first(),
        `a mark of layer ${layer}`,
      )
      .toBeVisible();
  }
});

test("keeps removed boilerplate out of the reading text until asked", async ({ page }) => {
  await openReader(page);
  const reading = page.locator("[data-reading-text]");
  await expect(reading.getByText("Recent Posts")).toHaveCount(0);
  await expect(page.locator("[data-removed]")).toHaveCount(0);

  const toggle = page.locator("[data-removed-toggle]");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const removed = page.locator("[data-removed]");
  await expect(removed.first()).toBeVisible();
  await expect(removed.filter({ hasText: "Recent Posts" })).toHaveCount(1);
  await expect(removed.first()).toContainText("Removed ·"); // each passage says why

  await toggle.click();
  await expect(page.locator("[data-removed]")).toHaveCount(0);
});

test("hovering or focusing an aligned sentence lights up its partner", async ({
  page,
}, testInfo) => {
  await openReader(page);
  const sentence = column(page, 0).locator('[data-aligned="true"]').first();
  await sentence.hover();
  await expect(sentence).toHaveAttribute("data-state", "active");
  const partners = column(page, 1).locator('[data-state="partner"]');
  await expect(partners.first()).toBeVisible();
  await expect(partners.first()).toBeInViewport(); // scrolled into view in its own column
  await expect(page.locator('[data-connector="active"]').first()).toBeAttached();
  await snapshot(page, testInfo, "hover-partner");

  await page.mouse.move(1, 1);
  await page.keyboard.press("j");
  const focused = page.locator("[data-sentence-id]:focus");
  await expect(focused).toHaveAttribute("data-state", "active");
  await expect(page.locator('[data-state="partner"]').first()).toBeVisible();
});

test("toggling a layer hides and shows its marks", async ({ page }) => {
  await openReader(page);
  let checked = 0;
  for (const layer of LAYER_IDS) {
    const marks = page.locator(`[data-reader] [data-layer="${layer}"]`);
    if ((await marks.count()) === 0) continue; // nothing of this layer to hide
    const toggle = page.locator(`[data-layer-toggle="${layer}"]`);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(marks).toHaveCount(0);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(marks.first()).toBeVisible();
    checked++;
  }
  expect(checked, "layers with marks to toggle").toBeGreaterThan(0);

  // The number keys do the same: 5 is unique content.
  const unique = page.locator('[data-reader] [data-layer="unique"]');
  const before = await unique.count();
  await page.locator("body").press("5");
  await expect(unique).toHaveCount(0);
  await page.locator("body").press("5");
  await expect(unique).toHaveCount(before);
});

test("an aligned pair explains itself from the keyboard and names the counterpart", async ({
  page,
}, testInfo) => {
  await openReader(page);
  await page.keyboard.press("j");
  const focused = page.locator("[data-sentence-id]:focus");
  await expect(focused).toHaveAttribute("data-aligned", "true");
  const source = await focused.getAttribute("data-source");
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const pair = dialog.locator("[data-pair]").first();
  await expect(pair).toBeVisible();
  const others = sourceNames.filter((_, k) => String.fromCharCode(65 + k) !== source);
  await expect(pair).toContainText(
    new RegExp(others.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")),
  );
  await snapshot(page, testInfo, "pair-explained");

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.locator("[data-sentence-id]:focus")).toHaveCount(1); // focus came back
});

test("a name variant explains itself from the keyboard and names the other spelling", async ({
  page,
}, testInfo) => {
  await openReader(page);
  const cluster = page.locator('[data-reader] .mark-cluster:has([data-layer="variant"])').first();
  await cluster.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const card = dialog.locator('[data-explanation="variant"]');
  await expect(card).toBeVisible();
  const counterpart = card.getByRole("list", { name: "Counterparts in other sources" });
  await expect(counterpart).toContainText(new RegExp(sourceNames.join("|")));
  await expect(counterpart).toContainText(/“.+”/);
  await snapshot(page, testInfo, "variant-explained");

  // Following the counterpart moves focus to it in the other column.
  await counterpart.getByRole("button").first().click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(":focus")).toBeInViewport();
});

test("the ? key lists the shortcuts", async ({ page }) => {
  await openReader(page);
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next / previous aligned sentence");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("summary lines link to their sentences", async ({ page }) => {
  await openReader(page);
  const summary = page.getByRole("region", { name: "Summary" });
  const link = summary.locator("#summary-unique").locator("..").getByRole("link").first();
  await expect(link).toBeVisible();
  const target = (await link.getAttribute("href"))!.slice(1);
  await link.click();
  await expect(page.locator(`[id="${target}"]`)).toBeFocused();
});
