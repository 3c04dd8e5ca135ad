import type { Page } from "@playwright/test";
import { column, expect, openReader, PHONE, seed, sourceNames, test } from "./fixtures.ts";
import { compareThreeReports, openNewComparison, REPORTS } from "./input-helpers.ts";

/*
 * A screen-reader pass by structure, on what assistive technology is given rather than on what
 * is drawn: landmarks, the heading outline, the name of each column, each aligned sentence's
 * description (its pair number and where its partners are), the kind of every highlight in
 * text, and a visible focus ring on everything the keyboard reaches. (The live region for
 * analysis progress is checked with the loading state.)
 */

/** Headings a screen reader lists, in document order, as "level name". */
async function outline(page: Page): Promise<string[]> {
  const headings = page.getByRole("heading");
  const out: string[] = [];
  for (const heading of await headings.all()) {
    const level = await heading.evaluate((el) =>
      Number(el.getAttribute("aria-level") ?? el.tagName.slice(1)),
    );
    const name = (await heading.textContent())?.replace(/\s+/g, " ").trim().slice(0, 60) ?? "";
    out.push(`${level} ${name}`);
  }
  return out;
}

/** One h1, first; no level skipped on the way down. */
function expectSensibleOutline(headings: readonly string[]): void {
  const levels = headings.map((h) => Number(h.split(" ")[0]));
  expect(levels[0], headings.join("\n")).toBe(1);
  expect(
    levels.filter((l) => l === 1),
    headings.join("\n"),
  ).toHaveLength(1);
  for (let k = 1; k < levels.length; k++) {
    expect(levels[k]!, `${headings[k - 1]} → ${headings[k]}`).toBeLessThanOrEqual(
      levels[k - 1]! + 1,
    );
  }
}

/** Landmarks by role and name, in document order. */
async function landmarks(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const role of ["banner", "main", "complementary", "navigation", "contentinfo"] as const) {
    for (const landmark of await page.getByRole(role).all()) {
      const name = await landmark.evaluate(
        (el) =>
          el.getAttribute("aria-label") ??
          document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ??
          "",
      );
      out.push(name ? `${role} "${name}"` : role);
    }
  }
  return out;
}

interface SentenceInfo {
  readonly id: string;
  readonly column: number;
  /** 1-based position among its column's sentences, as a description counts them. */
  readonly position: number;
  readonly aligned: boolean;
  readonly chip: string;
  readonly description: string;
}

/** Every sentence of the reader with the description a screen reader reads for it. */
async function sentences(page: Page): Promise<SentenceInfo[]> {
  return page.evaluate(() => {
    const columns = Array.from(document.querySelectorAll("[data-reader] section[data-column]"));
    return columns.flatMap((section, column) =>
      Array.from(section.querySelectorAll<HTMLElement>("[data-sentence-id]")).map((el, k) => {
        const describedBy = el.getAttribute("aria-describedby");
        return {
          id: el.dataset["sentenceId"] ?? "",
          column,
          position: k + 1,
          aligned: el.dataset["aligned"] === "true",
          chip: el.querySelector("[data-pair-chip]")?.textContent.replace(/\s+/g, " ").trim() ?? "",
          description: describedBy ? (document.getElementById(describedBy)?.textContent ?? "") : "",
        };
      }),
    );
  });
}

/** "Pairs 2, 3 and 4" → [2, 3, 4]. */
const pairNumbersOf = (description: string): number[] =>
  [...(/^Pairs? ([\d, and]+):/.exec(description)?.[1] ?? "").matchAll(/\d+/g)].map((m) =>
    Number(m[0]),
  );

/** "aligned with Iran Front Page sentences 3, 5 and X sentence 2" → { name: [3, 5], … }. */
function partnersOf(description: string, names: readonly string[]): Map<string, number[]> {
  const places = /aligned with (.+?)\.(?: |$)/.exec(description)?.[1] ?? "";
  const found = new Map<string, number[]>();
  for (const name of names) {
    const at = places.indexOf(`${name} sentence`);
    if (at < 0) continue;
    const numbers = /^sentences? (\d+(?:, \d+)*(?: and \d+)?)/.exec(
      places.slice(at + name.length + 1),
    );
    found.set(
      name,
      [...(numbers?.[1] ?? "").matchAll(/\d+/g)].map((m) => Number(m[0])),
    );
  }
  return found;
}

/**
 * Each aligned sentence names its pair numbers and its partners by outlet and position, and the
 * partner it names says the same back: the two are announced as one pair.
 */
async function expectPairsAnnounced(page: Page, names: readonly string[]): Promise<number> {
  const all = await sentences(page);
  const at = (col: number, position: number) =>
    all.find((s) => s.column === col && s.position === position);
  let checked = 0;
  for (const sentence of all.filter((s) => s.aligned)) {
    expect(sentence.description, sentence.id).toMatch(
      /^Pairs? [\d, and]+: aligned with .+ sentences? \d+.*\. Press Enter to compare\.$/,
    );
    const numbers = pairNumbersOf(sentence.description);
    expect(numbers.length, sentence.description).toBeGreaterThan(0);
    // The chip shows the same numbers (up to four of them).
    for (const n of numbers.slice(0, 3)) expect(sentence.chip, sentence.id).toContain(String(n));
    const partners = partnersOf(sentence.description, names);
    expect(partners.size, sentence.description).toBeGreaterThan(0);
    for (const [name, positions] of partners) {
      const col = names.indexOf(name);
      for (const position of positions) {
        const partner = at(col, position);
        expect(partner, `${sentence.id} → ${name} sentence ${position}`).toBeDefined();
        expect(partner!.aligned).toBe(true);
        // …and the partner points back, sharing a pair number.
        const back = partnersOf(partner!.description, names).get(names[sentence.column]!);
        expect(back, `${partner!.id} names ${sentence.id}`).toContain(sentence.position);
        expect(pairNumbersOf(partner!.description).some((n) => numbers.includes(n))).toBe(true);
        checked++;
      }
    }
  }
  return checked;
}

/** Spoken kinds, as the reader words them, for a mark's layer (and framing category). */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  "quote-shared": /shared quotes/,
  "quote-paraphrased": /paraphrased quotes/,
  variant: /name variants/,
  framing: /framing: (attribution|loaded|hedge|label|intensifier|other)/,
  unique: /quoted only here/,
};

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("landmarks and one heading outline, on every page", async ({ page }) => {
  await openReader(page);
  expect(await landmarks(page)).toEqual([
    "banner",
    'main "Reading columns"',
    'complementary "Layers and summary"',
  ]);
  const reader = await outline(page);
  expectSensibleOutline(reader);
  expect(reader[0]).toBe(`1 ${seed.title}`);
  expect(reader).toEqual(expect.arrayContaining(["2 Layers", "2 Summary", "3 Who said what"]));

  // On a phone the legend moves above the columns and the summary below them. The layout
  // follows a media query after a render, so the landmarks are polled: a one-off read raced it
  // (and a non-exact name "Summary" also matched the desktop "Layers and summary").
  await page.setViewportSize(PHONE);
  await expect(page.getByRole("complementary", { name: "Summary", exact: true })).toBeAttached();
  await expect
    .poll(() => landmarks(page))
    .toEqual(["banner", 'main "Reading columns"', 'complementary "Summary"']);
  expectSensibleOutline(await outline(page));
  await page.setViewportSize({ width: 1280, height: 800 });

  await openNewComparison(page);
  expect(await landmarks(page)).toEqual([
    "banner",
    'main "Compare your own reports"',
    'complementary "Open a comparison"',
  ]);
  const form = await outline(page);
  expectSensibleOutline(form);
  expect(form[0]).toBe("1 New comparison");
  await expect(page.getByRole("form", { name: "New comparison" })).toBeVisible();

  await page.goto("/#v1=%%%not-a-link");
  await expect(page.getByRole("alert")).toBeVisible();
  expect(await landmarks(page)).toEqual(["banner", "main"]);
  expectSensibleOutline(await outline(page));
});

test("each column is a region named by its outlet, its headline a heading that says whose", async ({
  page,
}) => {
  await openReader(page);
  for (const [k, name] of sourceNames.entries()) {
    const region = page.getByRole("region", { name, exact: true });
    await expect(region).toHaveCount(1);
    await expect(region).toHaveAttribute("data-column", String.fromCharCode(65 + k));
    await expect(region.getByRole("heading", { level: 2 })).toHaveAccessibleName(
      new RegExp(`^${name}: \\S`),
    );
  }
});

test("aligned sentences are announced as pairs, each naming the other", async ({ page }) => {
  await openReader(page);
  const checked = await expectPairsAnnounced(page, sourceNames);
  expect(checked, "partner references checked").toBeGreaterThan(10);
  // What assistive technology computes, on one: number, outlet, position, and what Enter does.
  const first = column(page, 0).locator('[data-aligned="true"]').first();
  await expect(first).toHaveAccessibleDescription(
    new RegExp(
      `^Pairs? [\\d, and]+: aligned with ${sourceNames[1]} sentences? [\\d, and]+\\.( Reports .+\\.)? Press Enter to compare\\.$`,
    ),
  );
  // A sentence only one source reports says so.
  await expect(page.locator('[data-unique="true"]').first()).toHaveAccessibleDescription(
    /^Only in .+\.$/,
  );
});

test("with three sources, pairs name every partner and who leaves the sentence out", async ({
  page,
}) => {
  await compareThreeReports(page);
  const names = REPORTS.map((r) => r.name);
  expect(await expectPairsAnnounced(page, names)).toBeGreaterThan(10);
  const partial = page.locator("[data-sentence-id]", {
    has: page.locator("[data-pair-chip]", { hasText: "not " }),
  });
  await expect(partial.first()).toHaveAccessibleDescription(/ In .+ but not .+\. Press Enter/);
});

test("every highlight says its kind in text, not by colour alone", async ({ page }) => {
  await openReader(page);
  const clusters = await page.locator("[data-reader] .mark-cluster").evaluateAll((els) =>
    els.map((el) => ({
      layers: [
        ...new Set(
          Array.from(
            el.querySelectorAll("[data-layer]"),
            (m) => m.getAttribute("data-layer") ?? "",
          ),
        ),
      ],
      spoken: el.querySelector(".sr-only")?.textContent ?? "",
      role: el.getAttribute("role"),
    })),
  );
  expect(clusters.length).toBeGreaterThan(20);
  for (const cluster of clusters) {
    expect(cluster.role).toBe("button");
    for (const layer of cluster.layers) {
      expect(cluster.spoken, `${layer} in "${cluster.spoken}"`).toMatch(KIND_WORDS[layer]!);
    }
  }
  // The accessible name is the words, then the kinds, as a screen reader reads it.
  await expect(page.locator("[data-reader] .mark-cluster").first()).toHaveAccessibleName(
    /^.+ \((shared quotes|paraphrased quotes|name variants|framing: [a-z]+|quoted only here)(, [a-z: ]+)*\)$/,
  );
  // Framing glyphs are decoration; the category is in the name.
  for (const glyph of await page.locator("[data-reader] .glyph").all()) {
    await expect(glyph).toHaveAttribute("aria-hidden", "true");
  }
  // Sentences only one source reports carry a chip that says so in words.
  await expect(page.locator("[data-unique-chip]").first()).toHaveAccessibleName(/^Only in .+/);

  // Word differences in a pair are <mark>s: a highlight in the accessibility tree, not a tint.
  await page.locator("body").press("j");
  await page.keyboard.press("Enter");
  const card = page.getByRole("dialog");
  await expect(card).toHaveAccessibleName(/^Aligned with \d+ sentences? elsewhere$/);
  await expect(card.locator("mark.diff").first()).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; ignored?: boolean }[];
  };
  const marks = nodes.filter((n) => n.role?.value === "mark" && !n.ignored);
  expect(marks.length).toBe(await card.locator("mark.diff").count());
});

test("focus is visible on everything the keyboard reaches", async ({ page }) => {
  await openReader(page);
  await page.locator("body").press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the reading columns" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  const seen: string[] = [];
  for (let step = 0; step < 40; step++) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        what: `${el.localName}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""} ${el.textContent.trim().slice(0, 30)}`,
        ring:
          (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== "none",
        shown: box.width > 0 && box.height > 0,
      };
    });
    if (focused) {
      expect(focused.ring, `focus ring on ${focused.what}`).toBe(true);
      expect(focused.shown, `${focused.what} is on screen`).toBe(true);
      seen.push(focused.what);
    }
    await page.keyboard.press("Tab");
  }
  // The walk went through the header, into the reading text, and on to marks and chips.
  expect(seen.some((w) => w.startsWith("a ") && w.includes("New"))).toBe(true);
  expect(seen.some((w) => w.includes("[role=button]"))).toBe(true);
  expect(seen.some((w) => w.startsWith("span") && !w.includes("[role="))).toBe(true);
});
