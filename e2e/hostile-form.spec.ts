import { column, expect, printedText, snapshot, test } from "./fixtures.ts";
import {
  ALL_PAYLOADS,
  armTraps,
  codeUnits,
  expectInOrder,
  expectNothingRan,
  expectReader,
  PAYLOADS,
  setRawValue,
  trappedPage,
  wordBoxes,
} from "./hostile-helpers.ts";
import { fillSource, openNewComparison, REPORTS, sourceCard } from "./input-helpers.ts";

/*
 * Hostile input through the New comparison form: typed or pasted text, outlet names, and files
 * chosen or dropped. The checks made after each case are in hostile-helpers.ts; share links are
 * in hostile-links.spec.ts, `new-comparison.spec.ts` has binary and oversized files.
 */

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
