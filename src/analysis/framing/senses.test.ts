import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";

/*
 * Each rule of senses.ts, with the cases it marks and the ones it deliberately leaves alone,
 * written inline: `[word]` is a mark the framing stage must make, and nothing else in the text
 * may be marked. The sentences are made up for these tests.
 */

/** The words marked in `text`, compared with a plain second report. */
function marked(text: string): string[] {
  const c = compare([
    { name: "A", text },
    { name: "B", text: "The council met on Monday to discuss the harbour budget." },
  ]);
  return c.framing.filter((f) => f.source === "A").map((f) => text.slice(f.start, f.end));
}

/** Checks that exactly the bracketed words of `annotated` are marked. */
function expectMarks(annotated: string): void {
  const text = annotated.replace(/[[\]]/g, "");
  const wanted = [...annotated.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  expect(marked(text), annotated).toEqual(wanted);
}

describe("no mark inside a proper name", () => {
  it.each([
    "Supporters of the Loyal Patriot Act rallied outside the court on Monday.",
    "The Brave Freedom Caucus met the mayor on Monday.",
    "A report by the Human Decency Watch was published on Monday.",
    "She spoke to the Office of Radical Reform on Monday.",
    "Representative Dana Slaughter of Ohio met the mayor and the harbour board on Monday.",
  ])("%s", (text) => expectMarks(text));

  it.each([
    // The same words outside a name keep their mark.
    "Critics called the plan a [radical] change on Monday.",
    "The [slaughter] of the herd went on for days.",
    // A capitalised word that starts the sentence is not thereby in a name.
    "[Radical] groups met the mayor on Monday.",
    // A multi-word label written as a name is the label itself.
    "Officials of the [Islamic Republic] met the mayor on Monday.",
  ])("%s", (text) => expectMarks(text));

  it("metamorphic: wrapping a loaded word into a made-up name removes its mark", () => {
    for (const word of ["radical", "patriot", "brutal", "propaganda", "slaughter"]) {
      const plain = `The mayor said the ${word} plan was discussed on Monday.`;
      const name = word[0]!.toUpperCase() + word.slice(1);
      const wrapped = `The mayor said the ${name} Harbour Act was discussed on Monday.`;
      const before = marked(plain);
      const after = marked(wrapped);
      expect(after, wrapped).not.toContain(name);
      expect(after.length, wrapped).toBe(before.filter((w) => w.toLowerCase() !== word).length);
    }
  });
});

describe("a reporting verb only where it reports speech", () => {
  it.each([
    "The agency [admitted] that the files were lost.",
    "The minister [insisted] the budget was sound.",
    // A that-clause without "that", or a verb that closes what it reports.
    "The mayor [argued] the harbour plan would fail.",
    "The harbour plan will fail, the mayor [argued].",
    "The study [found] that the harbour was silting up.",
    "The audit [proved] that the funds were missing.",
    'Ms. Pell [recalled]: "We had no warning at all."',
    // Participles before their noun describe it; nobody speaks.
    "Retirees keep a guaranteed pension under the plan.",
    // Distancing participles keep their sense as adjectives.
    "Two [alleged] bribes were paid in 2019.",
    // "claims" as a noun names a statement.
    "New [claims] of [bribery] surfaced on Monday.",
  ])("%s", (text) => expectMarks(text));

  it.each([
    "The agency found itself defending the harbour plan.",
    "The results showed up late on Monday.",
    // An aim or a duty to establish something presupposes nothing.
    "The board must take steps to prove that the bridge is safe.",
    "The agency will have to demonstrate that the dredging is needed.",
    // What data and records make visible judges nobody's statement.
    "A new poll shows that most voters back the harbour plan.",
    "Records showed the council paid twice for the dredging.",
    "I think the plan will work, the mayor said.",
    "The harbour poses real threats to the town.",
    "The plan was a welcome change for the town.",
    "Police questioned the driver on Monday.",
    "The union called for a new vote on Monday.",
    "He was charged with fraud on Monday.",
    "The mayor noted the progress of the harbour works.",
    "The governor declared a state of emergency on Monday.",
  ])("not marked: %s", (text) => expect(marked(text).filter((w) => !/fraud/i.test(w))).toEqual([]));
});

describe("acknowledging and committing verbs report without judging (report-senses.ts)", () => {
  const cues = (text: string) =>
    (
      compare([
        { name: "A", text },
        { name: "B", text: "The council met on Monday to discuss the harbour budget." },
      ]).attributions ?? []
    ).map((a) => text.slice(a.cue.start, a.cue.end));

  it.each([
    ["The mayor contended that the harbour plan would fail.", "contended"],
    ["The minister declared that the budget was sound.", "declared"],
    ["The minister vowed to rebuild the harbour by June.", "vowed"],
    ["The union expressed concern that the harbour would close.", "expressed concern"],
  ])("no framing mark, still an attribution: %s", (text, cue) => {
    expect(marked(text)).toEqual([]);
    expect(cues(text)).toContain(cue);
  });

  it.each([
    "The council pushed back against the harbour plan on Monday.",
    "The figures indicate that the harbour is silting up.",
  ])("not marked: %s", (text) => expect(marked(text)).toEqual([]));

  it.each([
    // Distancing and insisting verbs judge the statement: still marked.
    "The minister [claimed] that the budget was sound.",
    "The mayor [insisted] that the harbour plan would work.",
    // A plain verb beside a marked one leaves the marked one alone.
    "The minister vowed to rebuild the harbour, and [admitted] that it would cost more.",
  ])("%s", (text) => expectMarks(text));
});

describe("loaded words and labels in their framing sense only (term-senses.ts)", () => {
  it.each([
    // Style-guide and legal wording, and a verb that is another word.
    "Both parties want to curb illegal immigration before the vote.",
    "She sued the firm over a hostile work environment.",
    "Police examined a suspicious package at the station.",
    "She will moderate the panel on Monday.",
    "The anchor agreed to moderate the final debate.",
    // A crime named as the charge in court: the statute's word.
    "The treasurer pleaded guilty to conspiracy before a federal judge.",
    "The contractor was convicted of bribery in March.",
    "The former clerk was charged with conspiracy on Monday.",
    "He faces two counts of treason and a charge of assault.",
    "The corruption trial of the port director opens in May.",
    "Prosecutors dropped the terrorism charges last week.",
  ])("not marked: %s", (text) => expect(marked(text)).toEqual([]));

  it.each([
    "The [illegal] payments were made in 2019.",
    "A [hostile] crowd met the mayor on Monday.",
    "The bank flagged a [suspicious] transfer on Monday.",
    "The senator courted [moderate] voters in the suburbs.",
    // The same crimes as the writer's own description, or as an accusation, keep their mark.
    "The deal was a [conspiracy] against the town's taxpayers.",
    "Rivals [accused] the mayor of [bribery].",
    "The port was run on [bribery] for a decade.",
  ])("%s", (text) => expectMarks(text));
});

describe("everyday words of like and dislike", () => {
  it.each([
    "Critics said the harbour plan was [stupid] and [heartless].",
    'The mayor called it "a [terrible] deal for the town."',
    "The vote was a [humiliating] defeat for the council.",
  ])("%s", (text) => expectMarks(text));

  it.each([
    // Inside a name the word is part of the name.
    "The Wonderful Harbour Trust met the mayor on Monday.",
    // The neutral reporting of the same facts.
    "The council lost the vote by 12 to 30 on Monday.",
  ])("not marked: %s", (text) => expect(marked(text)).toEqual([]));
});

describe("an intensifier only where it modifies something", () => {
  it.each([
    "The vote was [extremely] close.",
    "The council was [utterly] divided.",
    "It was a [massive] failure.",
  ])("%s", (text) => expectMarks(text));

  it.each(["Did the plan work? Not really.", "A total of 40 people met on Monday."])(
    "not marked: %s",
    (text) => expect(marked(text)).toEqual([]),
  );
});

describe("multi-word evaluative phrases", () => {
  it.each([
    "The majority [rammed through] the harbour bill on Monday.",
    "Critics called the new rule a [power grab].",
    "The two mayors fought a [war of words] all week.",
  ])("%s", (text) => expectMarks(text));
});

describe("notes fit the sense", () => {
  it("does not speak of civilians for a word that is about care in general", () => {
    const text = "The agency was indiscriminately sifting through phone records.";
    const c = compare([
      { name: "A", text },
      { name: "B", text: "The council met on Monday." },
    ]);
    const note = c.framing.find((f) => text.slice(f.start, f.end) === "indiscriminately")?.note;
    expect(note).toBeDefined();
    expect(note).not.toMatch(/civilian/i);
  });
});
