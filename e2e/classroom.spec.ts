import {
  decodeLink,
  dragAcross,
  drawnHighlights,
  openFresh,
  saveTag,
  selectWords,
  tagItems,
} from "./classroom-helpers.ts";
import { column, expect, expectAxeClean, openReader, seed, snapshot, test } from "./fixtures.ts";
import { compareThreeReports, REPORTS } from "./input-helpers.ts";

/*
 * Classroom mode, as a teacher and a student go through one lesson: the teacher prepares a class
 * link; a student opens it in a fresh browser, sees the reports without highlights, tags
 * passages (mouse, keyboard selection, keyboard only), answers a question, reloads, checks the
 * reading, prints the worksheet and hands in a link that reopens with the answers. Every
 * classroom view is scanned with axe, light and dark, at desktop and phone widths, in
 * classroom-a11y.spec.ts.
 */

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a teacher prepares a class link from any comparison", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page);
  await page.getByRole("button", { name: "Prepare for class" }).click();
  const dialog = page.getByRole("dialog", { name: "Prepare for class" });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("[data-edit-question]").first()).toContainText(
    "Compare the headlines",
  );
  await expectAxeClean(page, "prepare for class");
  await snapshot(page, testInfo, "prepare");

  // Leave hedges out: the choice and the questions about them go.
  await dialog.locator('[data-focus="hedge"]').uncheck();
  await dialog
    .getByLabel("Instructions for students")
    .fill("Work in pairs. Tag first, then answer.");
  const first = dialog.locator("[data-edit-question]").nth(1).getByRole("textbox");
  const reworded = "Which verb makes the statement sound more final, and why?";
  await first.fill(reworded);
  await dialog.getByRole("button", { name: "Add your own question" }).click();
  await dialog
    .locator("[data-edit-question]")
    .last()
    .getByRole("textbox")
    .fill("Which report would you send a friend?");
  await dialog
    .locator("[data-copy-link='class']")
    .getByRole("button", { name: "Copy class link" })
    .click();
  await expect(dialog.locator("[data-copy-status]")).toHaveText("Copied to the clipboard.");
  const url = await dialog.locator("[data-link-url]").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  expect(url).toMatch(/#v2=[A-Za-z0-9_-]+$/);

  const state = decodeLink(url);
  expect(state).toMatchObject({ kind: "seed", seed: seed.id, view: { mode: "class" } });
  expect(state.lesson?.instructions).toBe("Work in pairs. Tag first, then answer.");
  expect(state.lesson?.focus).not.toContain("hedge");
  expect(state.lesson?.questions.map((q) => q.text)).toEqual(
    expect.arrayContaining([reworded, "Which report would you send a friend?"]),
  );
  expect(state.lesson?.questions.some((q) => q.kind === "hedge")).toBe(false);

  // The draft stays on this device: reopening the dialog shows the teacher's words.
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Prepare for class" }).click();
  await expect(page.getByLabel("Instructions for students")).toHaveValue(
    "Work in pairs. Tag first, then answer.",
  );
});

test("a student tags, answers, checks, prints and hands in; the teacher reopens it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  // The teacher's side, briefly: the default lesson's class link.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openReader(page);
  await page.getByRole("button", { name: "Prepare for class" }).click();
  await page.getByRole("button", { name: "Copy class link" }).click();
  const classUrl = await page.locator("[data-link-url]").inputValue();

  // A student, in a browser of their own.
  const { context, page: student, errors } = await openFresh(browser, classUrl);
  await expect(student.getByRole("heading", { level: 1 })).toHaveText(seed.title);
  await expect(student.locator("[data-instructions]")).toBeVisible();
  // No highlights: no marks, pair chips, "only in" labels or aligned sentences.
  await expect(student.locator("[data-reader] [data-layer]")).toHaveCount(0);
  await expect(student.locator("[data-reader] [data-mark-id]")).toHaveCount(0);
  await expect(student.locator("[data-pair-chip], [data-unique-chip]")).toHaveCount(0);
  await expect(student.locator('[data-aligned="true"]')).toHaveCount(0);
  await expectAxeClean(student, "student, reports without highlights");
  await snapshot(student, testInfo, "student-reveal");

  // 1. A mouse drag across part of a word: the tag takes the whole word.
  await dragAcross(student, 0, "dmitte");
  const bar = student.locator("[data-selection-bar]");
  await expect(bar).toContainText("“admitted”");
  await bar.getByRole("button", { name: /Tag/ }).click();
  await expect(student.locator("[data-tag-passage]")).toHaveText("“admitted”");
  await expectAxeClean(student, "tag dialog");
  await saveTag(student, /Attribution verb/, "sounds like a confession");

  // 2. Words selected, then T.
  await selectWords(student, 1, "Kanaani");
  await expect(bar).toContainText("“Kanaani”");
  await student.keyboard.press("t");
  await saveTag(student, /Name spelled differently/);

  // 3. Keyboard only: into the reports, down to a sentence, Enter, narrow to one word.
  await student.locator('[data-sentence-id="B.4"]').focus();
  await student.keyboard.press("Enter");
  const words = student.locator("[data-word-chooser]");
  await expect(words).toBeVisible();
  await expect(words.getByRole("button").first()).toBeFocused();
  const target = "Iranophobia";
  const count = await words.getByRole("button").count();
  for (let k = 0; k < count; k++) {
    if ((await student.evaluate(() => document.activeElement?.textContent)) === target) break;
    await student.keyboard.press("ArrowRight");
  }
  await student.keyboard.press("Enter");
  await expect(student.locator("[data-tag-passage]")).toHaveText(`“${target}”`);
  await student.keyboard.press("Tab"); // to the kinds
  await expect(student.getByRole("radio").first()).toBeFocused();
  await student.keyboard.press("Space"); // the first kind: loaded word
  await expect(student.getByRole("radio", { name: /Loaded word/ })).toBeChecked();
  await student.getByRole("button", { name: "Save tag" }).focus();
  await student.keyboard.press("Enter");

  await expect(tagItems(student)).toHaveCount(3);
  await expect(student.locator('[data-kind-count="loaded"]')).toContainText("1");
  const drawn = await drawnHighlights(student);
  expect(drawn).toMatchObject({ "cls-attribution": 1, "cls-name": 1, "cls-loaded": 1 });
  await snapshot(student, testInfo, "student-tagged");

  // A question, answered in place; it links to its passages.
  const question = student.locator("[data-question]").first();
  const answer =
    "One leads with Iran's refusal in its own words, the other calls the claims baseless.";
  await question.getByLabel("Your answer").fill(answer);
  await question.locator("[data-passage-link]").first().click();
  await expect(student.locator('[data-save-status="saved"]')).toBeVisible();

  // Reload: the work is back.
  await student.reload();
  await expect(student.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(tagItems(student)).toHaveCount(3);
  await expect(student.locator("[data-question]").first().getByLabel("Your answer")).toHaveValue(
    answer,
  );
  await expect(student.locator("[data-tag-id]").first()).toContainText("sounds like a confession");
  expect(await drawnHighlights(student)).toMatchObject({ "cls-attribution": 1 });

  // Check my reading: Parallax's marks appear, with found, missed and own catches.
  await student.getByRole("button", { name: "Check my reading" }).click();
  await expect(student.locator("[data-check-results]")).toBeVisible();
  await expect(student.locator("[data-reader] [data-layer]").first()).toBeVisible();
  await expect(student.locator('[data-result-group="found"] [data-result="found"]')).toHaveCount(3);
  expect(await student.locator('[data-result="missed"]').count()).toBeGreaterThan(5);
  await expect(student.locator('[data-tally-row="attribution"] [data-found]')).toHaveText("1");
  await expect(student.getByRole("heading", { name: "Check my reading" })).toBeFocused();
  await expectAxeClean(student, "checked, results shown");
  await snapshot(student, testInfo, "student-checked");

  // Every explanation reaches the glossary.
  await student.locator("[data-reader] .mark-cluster").first().click();
  const explanation = student.getByRole("dialog").first();
  await expect(explanation).toBeVisible();
  const term = explanation.locator("[data-term-button]").first();
  await expect(term).toBeVisible();
  await term.click();
  const glossary = student.getByRole("dialog", { name: "Glossary" });
  await expect(glossary).toBeVisible();
  await expect(glossary.locator('[aria-current="true"]')).toBeFocused();
  await expectAxeClean(student, "glossary over an explanation");
  await student.keyboard.press("Escape");
  await student.keyboard.press("Escape");
  await expect(student.getByRole("dialog")).toHaveCount(0);

  // Print: the worksheet alone, in black on white.
  await student.emulateMedia({ media: "print" });
  const sheet = student.locator("[data-worksheet]");
  await expect(sheet).toBeVisible();
  await expect(student.locator("[data-reader]")).toBeHidden();
  await expect(student.locator("[data-app-header]")).toBeHidden();
  await expect(sheet.locator("[data-worksheet-tag]")).toHaveCount(3);
  await expect(sheet).toContainText(answer);
  await expect(sheet).toContainText("sounds like a confession");
  expect(await sheet.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(0, 0, 0)");
  await snapshot(student, testInfo, "worksheet-print", true);
  const pdf = await student.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await student.emulateMedia({ media: "screen" });
  await expect(sheet).toBeHidden();

  // Hand in: a link with the student's name, tags and answers.
  await student.getByRole("button", { name: "Hand in" }).first().click();
  const handIn = student.getByRole("dialog", { name: "Hand in your work" });
  await handIn.getByLabel("Your name").fill("Ana Petrescu");
  await expectAxeClean(student, "hand-in dialog");
  await handIn.getByRole("button", { name: "Copy hand-in link" }).click();
  await expect(handIn.locator("[data-copy-status]")).toHaveText("Copied to the clipboard.");
  const handInUrl = await handIn.locator("[data-link-url]").inputValue();
  const handed = decodeLink(handInUrl);
  expect(handed.work?.student).toBe("Ana Petrescu");
  expect(handed.work?.tags).toHaveLength(3);
  expect(handed.work?.answers.map((a) => a.text)).toContain(answer);
  expect(errors, "student console errors").toEqual([]);
  await context.close();

  // The teacher opens it: the answers, the tags, and a copy that cannot be changed.
  const teacher = await openFresh(browser, handInUrl);
  const copy = teacher.page;
  await expect(copy.locator("[data-handed-in]")).toContainText("Handed in by Ana Petrescu");
  await expect(copy.locator("[data-answer-text]").first()).toHaveText(answer);
  await expect(copy.locator("[data-tag-id]")).toHaveCount(3);
  await expect(copy.locator("textarea")).toHaveCount(0);
  await expect(copy.locator("[data-reader] [data-layer]")).toHaveCount(0);
  expect(await drawnHighlights(copy)).toMatchObject({
    "cls-attribution": 1,
    "cls-name": 1,
    "cls-loaded": 1,
  });
  await expectAxeClean(copy, "handed-in copy");
  await copy.getByRole("button", { name: "Compare with Parallax" }).click();
  await expect(copy.locator('[data-result="found"]')).toHaveCount(3);
  await expectAxeClean(copy, "handed-in copy, compared");
  await snapshot(copy, testInfo, "handed-in");
  expect(teacher.errors, "teacher console errors").toEqual([]);
  await teacher.context.close();
});

test("a lesson on the user's own reports travels in its link", async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await compareThreeReports(page);
  await page.getByRole("button", { name: "Prepare for class" }).click();
  await page.getByRole("button", { name: "Copy class link" }).click();
  const url = await page.locator("[data-link-url]").inputValue();
  const state = decodeLink(url);
  expect(state.kind).toBe("inputs");
  if (state.kind !== "inputs") return;
  expect(state.sources.map((s) => s.name)).toEqual(REPORTS.map((r) => r.name));
  expect(state.lesson?.questions.length).toBeGreaterThan(0);

  const { context, page: student, errors } = await openFresh(browser, url);
  await expect(student.locator("[data-reader] section[data-column]")).toHaveCount(3);
  await expect(student.locator("[data-reader] [data-layer]")).toHaveCount(0);
  const questions = student.locator("[data-question]");
  await expect(questions).toHaveCount(state.lesson?.questions.length ?? 0);
  // Every question names one of these reports, and shows its passages.
  for (const text of await questions.allTextContents()) {
    expect(
      REPORTS.some((r) => text.includes(r.name)),
      text,
    ).toBe(true);
  }
  await questions.first().locator("[data-passage-link]").first().click();
  expect(errors).toEqual([]);
  await context.close();
});

test("a plain mode=class link opens the lesson Parallax writes for the comparison", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/#seed=${seed.id}&mode=class`);
  await expect(page.locator("[data-reading-text]").first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator("[data-question]").first()).toContainText("Compare the headlines");
  await expect(column(page, 0).locator("[data-mark-id]")).toHaveCount(0);
});
