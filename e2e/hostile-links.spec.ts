import { deflateSync } from "fflate";
import { bytesToBase64Url } from "../src/share/base64url.ts";
import { crc32 } from "../src/share/crc32.ts";
import { encodeShareFragment } from "../src/share/link.ts";
import { frame } from "../src/share/payload.ts";
import { linkOfJson, linkOfPayload } from "../src/share/test-support.ts";
import { column, expect, printedText, seed, snapshot, test } from "./fixtures.ts";
import {
  ALL_PAYLOADS,
  armTraps,
  expectInOrder,
  expectNothingRan,
  expectReader,
  expectRefused,
  openLink,
  PAYLOADS,
  trappedPage,
  wordBoxes,
} from "./hostile-helpers.ts";
import { fillSource, openNewComparison, REPORTS, sourceCard } from "./input-helpers.ts";

/*
 * Hostile share links: markup, bidi overrides and lone surrogates carried in a link, and links
 * refused with a message (prototype pollution, deep nesting, bombs, oversized fields). The
 * checks made after each case are in hostile-helpers.ts. `security.spec.ts` checks the policy
 * itself; `share.spec.ts` a script in a link's name, a lying decompression bomb and broken links.
 */

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
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
