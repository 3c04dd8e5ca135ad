import type { Page } from "@playwright/test";
import { expect, openReader, test } from "./fixtures.ts";
import {
  AA_NON_TEXT,
  AA_TEXT,
  contrastRatio,
  flatten,
  over,
  parseColor,
  type Rgba,
} from "./wcag.ts";

/*
 * Every highlight style on the reading text, measured in both themes as the browser draws it:
 * computed colours, with every translucent background between the mark and the page composited
 * in. Text (the words of a mark, a framing glyph, a chip) needs 4.5:1 against the background it
 * sits on; a line that tells a mark apart (rule, underline, partner line, focus ring) needs 3:1
 * against the surface around it. Real marks of the seed comparison are measured, and so are
 * probes carrying each mark class in the reading text, plain and inside an active pair (the
 * seed has no "other" framing word, for one), so a colour no sample uses is still checked.
 */

type Channel = "text" | "border" | "decoration" | "shadow" | "outline";

/** One measurement: a colour over the backgrounds beneath it, innermost first. */
interface Sample {
  readonly style: string;
  readonly channel: Channel;
  readonly fg: string;
  readonly layers: readonly string[];
  readonly probe: boolean;
}

/** What to measure: a selector, its name in the table, and which colours of it. */
const TARGETS: readonly {
  readonly style: string;
  readonly selector: string;
  readonly channels: readonly Channel[];
}[] = [
  { style: "Shared quote", selector: ".mk-quote-shared", channels: ["text", "border"] },
  { style: "Paraphrased quote", selector: ".mk-quote-paraphrased", channels: ["text", "border"] },
  { style: "Quoted only here", selector: ".mk-unique", channels: ["text", "border"] },
  { style: "Name variant", selector: ".mk-variant", channels: ["text", "decoration"] },
  ...["attribution", "loaded", "hedge", "label", "intensifier", "other"].flatMap((category) => [
    {
      style: `Framing: ${category}`,
      selector: `.mk-framing.cat-${category}`,
      channels: ["text", "decoration"] as const,
    },
    {
      style: `Framing glyph: ${category}`,
      selector: `.glyph.cat-${category}`,
      channels: ["text"] as const,
    },
  ]),
  { style: "Word difference", selector: "mark.diff", channels: ["text"] },
  { style: "Active sentence", selector: '.sentence[data-state="active"]', channels: ["text"] },
  {
    style: "Partner sentence",
    selector: '.sentence[data-state="partner"]',
    channels: ["text", "shadow"],
  },
  {
    style: "Only one source (hatched)",
    selector: '.sentence[data-unique="true"]',
    channels: ["text"],
  },
  { style: "Chip: only in", selector: ".unique-chip", channels: ["text"] },
  { style: "Chip: pair", selector: ".pair-chip", channels: ["text"] },
  { style: "Chip: not in", selector: ".pair-missing", channels: ["text"] },
  { style: "Removed text", selector: "[data-removed] p", channels: ["text"] },
];

/** Probes: the mark classes as the reader nests them, each with a glyph or a difference inside. */
const PROBE_HTML = [
  `<span class="mk mk-quote-shared">Probe quote <mark class="diff">diff</mark></span>`,
  `<span class="mk mk-quote-paraphrased">Probe paraphrase</span>`,
  `<span class="mk mk-unique">Probe unique</span>`,
  `<span class="mk mk-quote-shared"><span class="mk mk-variant">Probe variant</span></span>`,
  ...["attribution", "loaded", "hedge", "label", "intensifier", "other"].map(
    (c) =>
      `<span class="mk mk-quote-shared"><span class="mk mk-framing cat-${c}"><mark class="diff">Probe</mark><span class="glyph cat-${c}">*</span></span></span>` +
      ` <span class="mk mk-framing cat-${c}">Probe<span class="glyph cat-${c}">*</span></span>`,
  ),
  // With three or more sources a pair chip names the columns that leave the sentence out.
  `<button type="button" class="inline-chip pair-chip">⇄ 1<span class="pair-missing"> · not C</span></button>`,
].join(" ");

/** Adds the probes to a plain paragraph and to the active sentence of the first column. */
async function addProbes(page: Page): Promise<void> {
  await page.evaluate((html) => {
    const plain = document.querySelector('[data-column] [data-role="body"]');
    const active = document.querySelector('[data-column] .sentence[data-state="active"]');
    for (const host of [plain, active]) {
      const probe = document.createElement("span");
      probe.dataset["contrastProbe"] = "";
      // In the active sentence, one cluster round them all, so hovering it tints them all.
      if (host === active) probe.className = "mark-cluster";
      probe.innerHTML = ` ${html}`;
      host?.append(probe);
    }
  }, PROBE_HTML);
}

/** Reads the colours of every target now on the page. */
async function collect(page: Page): Promise<Sample[]> {
  return page.evaluate((targets) => {
    /** Background colours from `el` up to the root, innermost first; a hatch stripe over its own. */
    const layers = (el: Element | null): string[] => {
      const out: string[] = [];
      for (let n = el; n; n = n.parentElement) {
        const style = getComputedStyle(n);
        const stripe = /(rgba?\([^)]*\)|oklab\([^)]*\)|oklch\([^)]*\))/.exec(style.backgroundImage);
        if (stripe?.[1]) out.push(stripe[1]);
        out.push(style.backgroundColor);
      }
      return out;
    };
    const samples: Sample[] = [];
    for (const { style, selector, channels } of targets) {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // a glyph is set with line-height 0
        const cs = getComputedStyle(el);
        const probe = el.closest("[data-contrast-probe]") !== null;
        const add = (channel: Channel, fg: string, under: string[]): void => {
          samples.push({ style, channel, fg, layers: under, probe });
        };
        for (const channel of channels) {
          if (channel === "text") add("text", cs.color, layers(el));
          // A rule is painted over the mark's own tint, above the page around it: both count.
          if (channel === "border" && cs.borderBottomStyle !== "none") {
            add("border", cs.borderBottomColor, layers(el));
            add("border", cs.borderBottomColor, layers(el.parentElement));
          }
          if (channel === "decoration" && cs.textDecorationLine !== "none")
            add("decoration", cs.textDecorationColor, layers(el));
          if (channel === "shadow") {
            const inset = /(rgba?\([^)]*\)|oklab\([^)]*\))[^,]*inset/.exec(cs.boxShadow);
            if (inset?.[1]) add("shadow", inset[1], layers(el));
          }
        }
      }
    }
    const focused = document.activeElement;
    if (focused && focused !== document.body) {
      const cs = getComputedStyle(focused);
      if (cs.outlineStyle !== "none") {
        samples.push({
          style: "Focus ring",
          channel: "outline",
          fg: cs.outlineColor,
          layers: layers(focused.parentElement),
          probe: false,
        });
      }
    }
    return samples;
  }, TARGETS);
}

interface Row {
  readonly style: string;
  readonly channel: Channel;
  readonly required: number;
  readonly min: number;
  readonly count: number;
  readonly probes: number;
}

function ratioOf(sample: Sample): number {
  const background = flatten(sample.layers.map(parseColor));
  const fg: Rgba = over(parseColor(sample.fg), background);
  return contrastRatio(fg, background);
}

function summarise(samples: readonly Sample[]): Row[] {
  const rows = new Map<string, Row>();
  for (const sample of samples) {
    const key = `${sample.style}|${sample.channel}`;
    const ratio = ratioOf(sample);
    const row = rows.get(key);
    rows.set(key, {
      style: sample.style,
      channel: sample.channel,
      required: sample.channel === "text" ? AA_TEXT : AA_NON_TEXT,
      min: Math.min(row?.min ?? Infinity, ratio),
      count: (row?.count ?? 0) + 1,
      probes: (row?.probes ?? 0) + (sample.probe ? 1 : 0),
    });
  }
  return [...rows.values()];
}

function table(theme: string, rows: readonly Row[]): string {
  const lines = rows.map(
    (r) =>
      `${r.style.padEnd(28)} ${r.channel.padEnd(10)} ${r.min.toFixed(2).padStart(6)} ${`≥ ${r.required}`.padEnd(6)} ${String(r.count).padStart(4)} (${r.probes} probes) ${r.min >= r.required ? "ok" : "FAIL"}`,
  );
  return [`Contrast, ${theme} theme: lowest ratio of each style`, ...lines].join("\n");
}

test("the WCAG formula gives the standard's reference values", () => {
  const black = parseColor("rgb(0, 0, 0)");
  const white = parseColor("rgb(255, 255, 255)");
  expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
  expect(contrastRatio(white, white)).toBe(1);
  // #767676 on white is the well-known lightest grey that passes 4.5:1; #777777 fails it.
  expect(contrastRatio(parseColor("rgb(118, 118, 118)"), white)).toBeCloseTo(4.54, 2);
  expect(contrastRatio(parseColor("rgb(119, 119, 119)"), white)).toBeLessThan(4.5);
  // Half-transparent black over white is mid grey (127.5).
  expect(over(parseColor("rgba(0, 0, 0, 0.5)"), white).r).toBeCloseTo(127.5, 5);
  // OKLab white, as Chrome serialises `bg-white/60`.
  const oklab = parseColor("oklab(0.999994 0.0000455677 0.0000200868 / 0.6)");
  expect([oklab.r, oklab.g, oklab.b].map(Math.round)).toEqual([255, 255, 255]);
  expect(oklab.a).toBe(0.6);
  expect(() => parseColor("lab(50 0 0)")).toThrow(/Unknown colour format/);
});

for (const theme of ["light", "dark"] as const) {
  test(`every highlight style meets WCAG AA contrast: ${theme}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await openReader(page);
    // No transitions mid-measurement: colours are read as they end up.
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });

    const samples: Sample[] = [];
    // At rest, with the removed page text shown.
    await page.locator("[data-removed-toggle]").click();
    samples.push(...(await collect(page)));
    // A pair active from the keyboard: partner lines, the focus ring.
    await page.locator("body").press("j");
    await expect(page.locator('.sentence[data-state="partner"]').first()).toBeVisible();
    samples.push(...(await collect(page)));
    // Tab on to the next control (a mark or a chip): its focus ring.
    await page.keyboard.press("Tab");
    samples.push(...(await collect(page)).filter((s) => s.style === "Focus ring"));
    // The pair explained: its word differences, on the card. (The seed's pairs paraphrase each
    // other too much for differences to be drawn in the columns; the probes cover those.)
    await page.locator("body").press("j");
    await page.keyboard.press("Enter");
    const card = page.getByRole("dialog");
    await expect(card.locator("mark.diff").first()).toBeVisible();
    samples.push(...(await collect(page)).filter((s) => s.style === "Word difference"));
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    // Probes of every class, plain and inside the active pair.
    await page.locator("body").press("j");
    await addProbes(page);
    samples.push(...(await collect(page)).filter((s) => s.probe));
    // Under the pointer: a cluster's hover tint is the darkest background a mark gets.
    await page.locator(".mark-cluster[data-contrast-probe]").hover();
    await expect(page.locator(".mark-cluster[data-contrast-probe]")).toHaveCSS(
      "background-color",
      /rgba?\(\d+, \d+, \d+, 0\.1\)|oklab/,
    );
    samples.push(...(await collect(page)).filter((s) => s.probe));

    const rows = summarise(samples);
    const report = table(theme, rows);
    console.log(report);
    await testInfo.attach(`contrast-${theme}.txt`, { body: report, contentType: "text/plain" });

    // Every style was found and measured, in every channel it has.
    const measured = new Set(rows.map((r) => r.style));
    for (const target of TARGETS) expect(measured, target.style).toContain(target.style);
    expect(measured).toContain("Focus ring");
    const failing = rows.filter((r) => r.min < r.required);
    expect(failing.map((r) => `${r.style} (${r.channel}): ${r.min.toFixed(2)}`)).toEqual([]);
  });
}
