import { deflateSync } from "fflate";
import type { Locator, Page } from "@playwright/test";
import { bytesToBase64Url } from "../src/share/base64url.ts";
import { crc32 } from "../src/share/crc32.ts";
import { encodeShareFragment } from "../src/share/link.ts";
import { frame } from "../src/share/payload.ts";
import { linkOfJson, linkOfPayload } from "../src/share/test-support.ts";
import { column, expect, printedText, seed, snapshot, test } from "./fixtures.ts";
import { fillSource, openNewComparison, REPORTS, sourceCard } from "./input-helpers.ts";

/*
 * Hostile input, through every door the app has: the New comparison form (typed or pasted text,
 * outlet names), files chosen or dropped, and share links. Each case checks that
 *   - nothing ran: no payload reached `window.__pwned`, no dialog opened, the page reported no
 *     Content-Security-Policy violation (an injected handler would be blocked by the policy, but
 *     the attempt still shows up as one), and no element or attribute that could run script was
 *     put in the page;
 *   - the page still answers (a frame is drawn within HANG_MS);
 *   - what the user typed is still there;
 *   - input that is refused gets a message saying why.
 * `security.spec.ts` checks the policy itself; `share.spec.ts` a script in a link's name, a
 * lying decompression bomb and broken links; `new-comparison.spec.ts` binary and oversized files.
 */

/**
 * A main thread that cannot draw a frame within this long is hung, not busy. Generous on
 * purpose: the machines that run the suite are shared, and a loaded one was seen to take over a
 * second for a frame; a page in an endless loop never draws one.
 */
const HANG_MS = 10_000;
/** How long a refused link may take to say so: decoding is capped far below this. */
const MESSAGE_MS = 10_000;

/** Payloads that each set `top.__pwned` (or open a dialog) if they ever run. */
const PAYLOADS = {
  script: `<script>top.__pwned = "script"</script>`,
  img: `<img src=x onerror="top.__pwned = 'img onerror'; alert('img')">`,
  svg: `<svg onload="top.__pwned = 'svg onload'"><circle r="1"/></svg>`,
  iframe: `<iframe srcdoc="<script>top.__pwned = 'iframe srcdoc'</script>"></iframe>`,
} as const;
const ALL_PAYLOADS = Object.values(PAYLOADS).join(" ");

/** A saved web page full of traps: scripts, handlers, a srcdoc frame, javascript: and data: links. */
function trappedPage(siteName: string): string {
  const [lead, ...rest] = REPORTS[0].text.split(/\n\s*\n/).slice(2);
  const site = siteName.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>River bursts its banks | ${site}</title>
<meta property="og:site_name" content="${site}">
${PAYLOADS.script}
<base href="javascript:top.__pwned='base'//">
</head>
<body onload="top.__pwned = 'body onload'">
<nav><ul><li><a href="javascript:top.__pwned='nav link'">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article>
<h1>River bursts its banks in Marrowby</h1>
<p>${lead} Crews reached <a href="javascript:top.__pwned='article link'">Mill Lane</a> by boat. ${PAYLOADS.img}</p>
<p>${PAYLOADS.svg} The council posted updates on <a href="data:text/html,<script>top.__pwned='data link'</script>">its flood page</a>. ${PAYLOADS.iframe}</p>
${rest.map((p) => `<p onclick="top.__pwned='p onclick'">${p}</p>`).join("\n")}
<form action="javascript:top.__pwned='form'"><button formaction="javascript:top.__pwned='button'">Send</button></form>
</article>
<footer><p>Sign up for our morning newsletter.</p><p>© 2024 ${site}. All rights reserved.</p></footer>
</body></html>`;
}

interface Traps {
  readonly dialogs: string[];
}

/** Installs the traps before any of the app's code runs, in every frame. */
async function armTraps(page: Page): Promise<Traps> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      get: () => (hits.length > 0 ? hits : undefined),
      set: (value: unknown) => void hits.push(String(value)),
    });
    const violations: string[] = [];
    Object.defineProperty(window, "__violations", { value: violations });
    document.addEventListener("securitypolicyviolation", (event) => {
      violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`);
    });
  });
  return { dialogs };
}

/** Nothing ran, nothing that could run was put in the page, and the page still answers. */
async function expectNothingRan(page: Page, traps: Traps): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: string[]; __violations: string[] };
    const risky = Array.from(document.body.querySelectorAll("*"))
      .filter(
        (el) =>
          /^(script|iframe|frame|object|embed|base|meta|link|style)$/i.test(el.localName) ||
          Array.from(el.attributes).some(
            (a) =>
              /^on/i.test(a.name) ||
              a.name === "srcdoc" ||
              (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) &&
                /^\s*(javascript|data|vbscript):/i.test(a.value)),
          ),
      )
      .map((el) => el.outerHTML.slice(0, 120));
    return { pwned: w.__pwned, violations: [...w.__violations], risky };
  });
  expect(state).toEqual({ pwned: undefined, violations: [], risky: [] });
  expect(traps.dialogs).toEqual([]);
  await expectResponsive(page);
}

async function expectResponsive(page: Page): Promise<void> {
  const drawn = await page.evaluate(
    (hangMs) =>
      new Promise<boolean>((resolve) => {
        requestAnimationFrame(() => resolve(true));
        setTimeout(() => resolve(false), hangMs);
      }),
    HANG_MS,
  );
  expect(drawn, `the page draws a frame within ${HANG_MS} ms`).toBe(true);
}

/**
 * Sets a field's value from `\uXXXX` escapes decoded inside the page, as a paste would: lone
 * surrogates cannot be sent through the automation protocol's UTF-8 as they are.
 */
async function setRawValue(field: Locator, escaped: string): Promise<void> {
  await field.evaluate((el, text) => {
    const value = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    const proto = Object.getPrototypeOf(el) as object;
    Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, escaped);
}

/** The UTF-16 code units of a field's value, to compare exactly what it holds. */
const codeUnits = (field: Locator): Promise<number[]> =>
  field.evaluate((el) => {
    const value = (el as HTMLInputElement).value;
    return Array.from({ length: value.length }, (_, k) => value.charCodeAt(k));
  });

/** Left edges of the first occurrence of each word inside `root`, and the top of its line. */
async function wordBoxes(root: Locator, words: readonly string[]) {
  return root.evaluate((el, list) => {
    return list.map((word) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const box = range.getBoundingClientRect();
        return { word, left: Math.round(box.left), top: Math.round(box.top) };
      }
      return { word, left: NaN, top: NaN };
    });
  }, words);
}

/** Words left to right on one line, in the order given. */
function expectInOrder(boxes: readonly { word: string; left: number; top: number }[]): void {
  for (const [k, box] of boxes.entries()) {
    expect(box.left, `${box.word} is on screen`).not.toBeNaN();
    if (k === 0) continue;
    const before = boxes[k - 1]!;
    expect(
      Math.abs(box.top - before.top),
      `${before.word} and ${box.word} share a line`,
    ).toBeLessThan(3);
    expect(box.left, `${box.word} is right of ${before.word}`).toBeGreaterThan(before.left);
  }
}

async function openLink(page: Page, fragment: string): Promise<void> {
  await page.goto(`/#${fragment}`);
}

async function expectReader(page: Page, columns: number): Promise<void> {
  await expect(page.locator("[data-reader] section[data-column]")).toHaveCount(columns, {
    timeout: 15_000,
  });
  await expect(page.locator("[data-reading-text]").first()).toBeVisible();
}

/** The bad-link page with the codec's message, within MESSAGE_MS of `started`. */
async function expectRefused(page: Page, message: RegExp, started: number): Promise<void> {
  await expect(page.locator("[data-bad-link-message]")).toHaveText(message, {
    timeout: MESSAGE_MS,
  });
  await expect(page.getByRole("alert")).toBeVisible();
  expect(Date.now() - started, "time to the message").toBeLessThan(MESSAGE_MS);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

// ── Typed and pasted ──────────────────────────────────────────────────────────────────────

test.describe("pasted into the form", () => {
  test("markup in plain text and in names is shown as the text it is", async ({
    page,
  }, testInfo) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    // Unquoted attributes and no opening tag: this reads as plain text, not as a page.
    const injected = `Residents chalked <img src=x onerror=top.__pwned=1> and <script>top.__pwned=2</script> on the flood wall.`;
    const text = REPORTS[0].text.replace(/\n\s*\n/, `\n\n${injected}\n\n`);
    const nameA = `${PAYLOADS.img}${PAYLOADS.script}`;
    const nameB = `${PAYLOADS.svg}${PAYLOADS.iframe}`;
    await fillSource(page, "A", { name: nameA, text });
    await fillSource(page, "B", { name: nameB, text: REPORTS[1].text });
    await expect(sourceCard(page, "A")).toContainText("Read as plain text.");
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expectReader(page, 2);

    await expect(column(page, 0).locator("#outlet-A-name")).toHaveText(nameA);
    await expect(column(page, 1).locator("#outlet-B-name")).toHaveText(nameB);
    expect(await printedText(column(page, 0).locator("[data-reading-text]"))).toContain(
      "Residents chalked <img src=x onerror=top.__pwned=1> and <script>top.__pwned=2</script> on the flood wall.",
    );
    // Names appear in the header, the summary and explanations: all as text.
    await expect(page.locator("[data-app-header]")).toContainText(nameA);
    await expect(page.locator("#summary")).toContainText(nameB);
    await column(page, 0).locator("[data-pair-chip]").first().click();
    await expect(page.getByRole("dialog")).toContainText(nameB);
    await page.keyboard.press("Escape");
    await snapshot(page, testInfo, "markup-as-text");
    await expectNothingRan(page, traps);
  });

  test("a pasted page with scripts, handlers, a srcdoc frame and javascript: and data: links", async ({
    page,
  }, testInfo) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    // Short enough to pass as a site's name: at most 60 characters and six words.
    const site = "<svg onload=alert(1)>Marsh Gazette";
    await sourceCard(page, "A").getByLabel("Report").fill(trappedPage(site));
    await expect(sourceCard(page, "A")).toContainText("Read as a web page");
    // The page's name for itself is offered as the outlet, as text.
    await expect(sourceCard(page, "A").getByLabel("Outlet name")).toHaveValue(site);
    await fillSource(page, "B", REPORTS[1]);
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expectReader(page, 2);

    const reading = column(page, 0).locator("[data-reading-text]");
    const words = await printedText(reading);
    expect(words).toContain("Crews reached Mill Lane by boat.");
    expect(words).toContain("The council posted updates on its flood page.");
    for (const trace of ["__pwned", "javascript:", "data:", "onerror", "srcdoc", "<"]) {
      expect(words, trace).not.toContain(trace);
    }
    await expect(reading.locator("a, img, svg, iframe")).toHaveCount(0);
    // The words of a javascript: or data: link are plain text: clicking them leaves the page
    // where it is (a click may select the sentence, which only changes the fragment).
    const url = new URL(page.url());
    await reading.getByText("its flood page").click();
    await page.keyboard.press("Escape");
    await reading.getByText("Mill Lane").first().click();
    await page.keyboard.press("Escape");
    const after = new URL(page.url());
    expect([after.origin, after.pathname]).toEqual([url.origin, url.pathname]);
    expect(after.hash).toMatch(/^#v1=/);
    expect(page.context().pages()).toHaveLength(1);
    // The page's chrome, shown on request, is text too.
    await page.locator("[data-removed-toggle]").click();
    await expect(column(page, 0).locator("[data-removed]").first()).toBeVisible();
    expect(await printedText(column(page, 0).locator("[data-removed]").first())).not.toContain("<");
    await snapshot(page, testInfo, "trapped-page");
    await expectNothingRan(page, traps);
  });

  test("a javascript: or data: address as the report is refused with a message, and kept", async ({
    page,
  }) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    const a = sourceCard(page, "A");
    const b = sourceCard(page, "B");
    const script = "javascript:top.__pwned='typed'";
    const data = `data:text/html,${PAYLOADS.script}`;
    await a.getByLabel("Report").fill(script);
    await b.getByLabel("Report").fill(data);
    await a.getByLabel("Report").focus(); // leaving B: a short text is explained on blur
    await expect(b.locator("[data-source-message]")).toContainText("Too short to compare");
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expect(page.locator("[data-problem-summary]")).toBeFocused();
    await expect(a.locator("[data-source-message]")).toContainText("Too short to compare");
    await expect(page).toHaveURL(/#new$/);
    await expect(a.getByLabel("Report")).toHaveValue(script);
    await expect(b.getByLabel("Report")).toHaveValue(data);
    await expectNothingRan(page, traps);
  });

  test("lone surrogates in a report and a name: compared, the name shown with U+FFFD", async ({
    page,
  }) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    const a = sourceCard(page, "A");
    await setRawValue(
      a.getByLabel("Report"),
      `${REPORTS[0].text.replace("river", "ri\\uDC00ver")} \\uD83D`,
    );
    await setRawValue(a.getByLabel("Outlet name"), "Valley \\uD800 Courier");
    // The form holds exactly what was pasted.
    const units = await codeUnits(a.getByLabel("Report"));
    expect(units).toContain(0xdc00);
    expect(units.at(-1)).toBe(0xd83d);
    expect(await codeUnits(a.getByLabel("Outlet name"))).toContain(0xd800);
    await fillSource(page, "B", REPORTS[1]);
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expectReader(page, 2);
    await expect(column(page, 0).locator("#outlet-A-name")).toHaveText("Valley \uFFFD Courier");
    await expect(column(page, 0).locator('[data-aligned="true"]').first()).toBeVisible();
    await expectNothingRan(page, traps);

    // Back to the form: the draft still holds the lone surrogates as typed.
    await page.goBack();
    await expect(sourceCard(page, "A").getByLabel("Outlet name")).toBeVisible();
    expect(await codeUnits(sourceCard(page, "A").getByLabel("Outlet name"))).toContain(0xd800);
  });

  test("right-to-left overrides and zero-width characters in names cannot disguise them", async ({
    page,
  }, testInfo) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    // Shown as "tsoP malleT · Valley Courier" before names were cleaned and isolated.
    await fillSource(page, "A", { name: "Tellam\u202E Post", text: REPORTS[0].text });
    await fillSource(page, "B", { name: "\u200B\u200D\uFEFF", text: REPORTS[1].text });
    await page.getByRole("button", { name: "+ Add a source" }).click();
    await fillSource(page, "C", {
      name: "Nor\u200Bthern\u2060 Dispatch\u200F",
      text: REPORTS[2].text,
    });
    await page.getByRole("button", { name: "Compare 3 reports" }).click();
    await expectReader(page, 3);

    const shown = ["Tellam Post", "Source B", "Northern Dispatch"];
    for (const [k, name] of shown.entries()) {
      await expect(column(page, k).locator(`#outlet-${"ABC"[k]}-name`)).toHaveText(name);
      await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
    }
    const header = page.locator("[data-app-header] bdi");
    await expect(header).toHaveText(shown);
    const lefts = await header.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(lefts).toEqual([...lefts].sort((x, y) => x - y));
    expectInOrder(await wordBoxes(page.locator("[data-app-header] p").first(), ["Tellam", "Post"]));
    await snapshot(page, testInfo, "names-cleaned");
    await expectNothingRan(page, traps);

    // The form keeps what was typed.
    await page.goBack();
    await expect(sourceCard(page, "A").getByLabel("Outlet name")).toHaveValue("Tellam\u202E Post");
    await expect(sourceCard(page, "B").getByLabel("Outlet name")).toHaveValue("\u200B\u200D\uFEFF");
  });
});

// ── Files ─────────────────────────────────────────────────────────────────────────────────

test.describe("files", () => {
  test("a chosen web page full of traps, with markup in its file name", async ({ page }) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    const fileName = `${PAYLOADS.img}.html`;
    await sourceCard(page, "A")
      .locator("[data-file-input]")
      .setInputFiles({
        name: fileName,
        mimeType: "text/html",
        buffer: Buffer.from(trappedPage("Marsh Gazette")),
      });
    const card = sourceCard(page, "A");
    await expect(card).toContainText(`From ${fileName}.`);
    await expect(card.getByLabel("Outlet name")).toHaveValue("Marsh Gazette");
    await fillSource(page, "B", REPORTS[1]);
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expectReader(page, 2);
    expect(await printedText(column(page, 0).locator("[data-reading-text]"))).toContain(
      "Crews reached Mill Lane by boat.",
    );
    await expectNothingRan(page, traps);
  });

  test("a dropped file whose name hides a right-to-left override", async ({ page }, testInfo) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    // "flood-report\u202Elmth.txt" displays as "flood-reporttxt.html" where overrides work.
    const fileName = "flood-report\u202Elmth.txt";
    const body = `${ALL_PAYLOADS}\n\n${REPORTS[0].text}`;
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: "text/plain" }));
        return transfer;
      },
      { name: fileName, text: body },
    );
    const card = sourceCard(page, "A");
    await card.dispatchEvent("dragover", { dataTransfer });
    await card.dispatchEvent("drop", { dataTransfer });
    await expect(card.getByLabel("Report")).toHaveValue(body);
    await expect(card).toContainText("From flood-reportlmth.txt.");
    expectInOrder(await wordBoxes(card, ["flood-report", "lmth", ".txt"]));
    await expect(card.getByLabel("Outlet name")).toHaveValue("flood-reportlmth");
    await snapshot(page, testInfo, "dropped-rlo-file");
    await fillSource(page, "B", REPORTS[1]);
    await page.getByRole("button", { name: "Compare 2 reports" }).click();
    await expectReader(page, 2);
    await expectNothingRan(page, traps);
  });
});

// ── Links ─────────────────────────────────────────────────────────────────────────────────

test.describe("share links", () => {
  test("script markup in a link's names and in a page it carries runs nothing", async ({
    page,
  }) => {
    const traps = await armTraps(page);
    const names = [PAYLOADS.svg, `${PAYLOADS.iframe}${PAYLOADS.img}`];
    await openLink(
      page,
      encodeShareFragment({
        kind: "inputs",
        sources: [
          { name: names[0]!, text: trappedPage("Marsh Gazette"), format: "html" },
          // Plain text that looks like a page: read, and shown, as the text it is.
          {
            name: names[1]!,
            text: REPORTS[1].text.replace("Insurers said", `${ALL_PAYLOADS} Insurers said`),
          },
        ],
      }),
    );
    await expectReader(page, 2);
    await expect(column(page, 0).locator("#outlet-A-name")).toHaveText(names[0]!);
    await expect(column(page, 1).locator("#outlet-B-name")).toHaveText(names[1]!);
    expect(await printedText(column(page, 1).locator("[data-reading-text]"))).toContain(
      PAYLOADS.iframe,
    );
    await page.locator("[data-removed-toggle]").click();
    await expectNothingRan(page, traps);
  });

  test("right-to-left overrides in names and text are not honoured; the name is cleaned", async ({
    page,
  }, testInfo) => {
    const traps = await armTraps(page);
    const text = REPORTS[0].text
      .replace("About 400 homes", "About \u202E400 homes")
      .replace("Floodwater forces", "Floodwater \u202Eforces");
    expect(text).toContain("\u202E");
    await openLink(
      page,
      encodeShareFragment({
        kind: "inputs",
        sources: [
          { name: "\u202Ehcterc\u202C Valley Courier", text },
          { name: "Tellam\u202E Post", text: REPORTS[1].text },
        ],
      }),
    );
    await expectReader(page, 2);
    await expect(column(page, 0).locator("#outlet-A-name")).toHaveText("hcterc Valley Courier");
    await expect(column(page, 1).locator("#outlet-B-name")).toHaveText("Tellam Post");
    expectInOrder(
      await wordBoxes(page.locator("[data-app-header] p").first(), [
        "hcterc",
        "Valley",
        "Tellam",
        "Post",
      ]),
    );

    // The override stays in the text (the analysis and a link keep it) but is not shown, and
    // each sentence is a bidi isolate: the words read in the order they are stored.
    const sentence = column(page, 0).locator("[data-sentence-id]", { hasText: "About 400 homes" });
    expectInOrder(await wordBoxes(sentence, ["About", "400", "homes"]));
    expect(await sentence.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("isolate");
    expect(await sentence.evaluate((el) => el.textContent.includes("\u202E"))).toBe(false);
    // The first headline is the page's title: the same holds there.
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText("Floodwater forces evacuation of 400 homes in Marrowby");
    expectInOrder(await wordBoxes(title, ["Floodwater", "forces", "evacuation"]));
    expect(await page.title()).not.toContain("\u202E");
    await snapshot(page, testInfo, "rlo-link");
    await expectNothingRan(page, traps);
  });

  test("zero-width names and lone surrogates in a link", async ({ page }) => {
    const traps = await armTraps(page);
    await openLink(
      page,
      encodeShareFragment({
        kind: "inputs",
        sources: [
          { name: "\uFEFF\u200B\u200D", text: REPORTS[0].text.replace("river", "ri\uD800ver") },
          { name: "Tel\u200Blam\u200D Post\uDC00", text: `${REPORTS[1].text}\uDBFF` },
        ],
      }),
    );
    await expectReader(page, 2);
    await expect(column(page, 0).locator("#outlet-A-name")).toHaveText("Source A");
    await expect(column(page, 1).locator("#outlet-B-name")).toHaveText("Tellam Post\uFFFD");
    await expect(column(page, 0).locator('[data-aligned="true"]').first()).toBeVisible();
    await expectNothingRan(page, traps);
  });

  const longText = "word ".repeat(30);
  const refused: readonly (readonly [string, () => string, RegExp])[] = [
    [
      "a payload that tries to set __proto__",
      () =>
        linkOfJson(
          `{"sources":[{"name":"a","text":"${longText}"},{"name":"b","text":"${longText}"}],"__proto__":{"polluted":true}}`,
        ),
      /cannot be opened: it does not hold a list of sources/,
    ],
    [
      "a source with a constructor.prototype field",
      () =>
        linkOfJson(
          `{"sources":[{"name":"a","text":"${longText}","constructor":{"prototype":{"polluted":true}}},{"name":"b","text":"${longText}"}]}`,
        ),
      /nested deeper than a comparison's/,
    ],
    [
      "JSON nested 100,000 deep",
      () => linkOfJson(`{"sources":${"[".repeat(100_000)}${"]".repeat(100_000)}}`),
      /nested deeper than a comparison's/,
    ],
    [
      "a bomb of 1.9 MB of brackets, honest about its size",
      () => {
        const json = new TextEncoder().encode("[".repeat(1_900_000));
        const framed = frame(deflateSync(json, { level: 9 }), json.length, crc32(json));
        return `v1=${bytesToBase64Url(framed)}`;
      },
      /nested deeper than a comparison's/,
    ],
    [
      "a bomb of 16 MB that says so",
      () => {
        const bytes = new Uint8Array(16 * 1024 * 1024).fill(0x20);
        bytes.set(new TextEncoder().encode('{"sources":[{"name":"A","text":"'));
        return `v1=${bytesToBase64Url(frame(deflateSync(bytes, { level: 9 }), bytes.length, 0))}`;
      },
      /more text than Parallax opens from a link/,
    ],
    [
      "a name of 10,000 characters",
      () =>
        linkOfPayload({
          sources: [
            { name: "<b>".repeat(3334), text: longText },
            { name: "b", text: longText },
          ],
        }),
      /a source name is longer than 200 characters \(source 1\)/,
    ],
    [
      "a text of 1,000,001 characters",
      () =>
        linkOfPayload({
          sources: [
            { name: "a", text: longText },
            { name: "b", text: "a".repeat(1_000_001) },
          ],
        }),
      /a source text is longer than 1,000,000 characters \(source 2\)/,
    ],
    [
      "seven sources",
      () =>
        linkOfPayload({
          sources: Array.from({ length: 7 }, (_, k) => ({ name: `n${k}`, text: longText })),
        }),
      /it has 7 sources, and a comparison takes 2 to 6/,
    ],
    [
      "a link of 200,001 characters",
      () => `v1=${"A".repeat(200_001)}`,
      /too long to open safely: 200,004 characters/,
    ],
    [
      "markup as a sample's selection",
      () => `seed=${seed.id}&sel=${encodeURIComponent(PAYLOADS.img)}`,
      /its selection has characters an id cannot have/,
    ],
    [
      "markup as a layer name",
      () => `seed=${seed.id}&layers=${encodeURIComponent(PAYLOADS.script)}`,
      /a layer name has characters a layer name cannot have/,
    ],
  ];

  for (const [what, fragment, message] of refused) {
    test(`refused with a message: ${what}`, async ({ page }) => {
      const traps = await armTraps(page);
      const link = fragment();
      const started = Date.now();
      await openLink(page, link);
      await expectRefused(page, message, started);
      expect(
        await page.evaluate(
          () => Object.prototype.hasOwnProperty.call({}, "polluted") || "polluted" in {},
        ),
      ).toBe(false);
      await expectNothingRan(page, traps);
    });
  }

  test("a hostile link loses nothing the user was typing", async ({ page }) => {
    const traps = await armTraps(page);
    await openNewComparison(page);
    await fillSource(page, "A", { name: "My Local Paper", text: REPORTS[0].text });
    await sourceCard(page, "B").getByLabel("Report").fill("Half a report, still being wr");
    // Wait until the draft is saved (it is written 400 ms after the last keystroke): polled,
    // not slept, so a slow machine only waits longer.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("parallax:draft") ?? ""))
      .toContain("still being wr");

    for (const [, fragment, message] of refused.slice(2, 5)) {
      const started = Date.now();
      await openLink(page, fragment());
      await expectRefused(page, message, started);
    }
    await page.getByRole("link", { name: "Start a new comparison" }).click();
    await expect(page.getByText("Restored what you were working on.")).toBeVisible();
    await expect(sourceCard(page, "A").getByLabel("Outlet name")).toHaveValue("My Local Paper");
    await expect(sourceCard(page, "A").getByLabel("Report")).toHaveValue(REPORTS[0].text);
    await expect(sourceCard(page, "B").getByLabel("Report")).toHaveValue(
      "Half a report, still being wr",
    );
    await expectNothingRan(page, traps);
  });
});
