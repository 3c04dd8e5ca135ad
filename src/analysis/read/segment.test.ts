import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sentenceBreaks, splitParagraphs, splitSentences } from "./segment.ts";

const sentences = (text: string) =>
  splitParagraphs(text).flatMap((p) =>
    splitSentences(text, p).map((s) => text.slice(s.start, s.end)),
  );

describe("splitParagraphs", () => {
  it("takes each line as a paragraph and skips blank lines, with CRLF", () => {
    const text = "Headline here\r\n\r\nFirst para.\r\nSecond para.\r\n";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "Headline here",
      "First para.",
      "Second para.",
    ]);
  });

  it("joins hard-wrapped lines that run on in lowercase", () => {
    const text =
      "The council voted on Tuesday to close the old bridge for\nrepairs that will last a year.\n\nNext.";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "The council voted on Tuesday to close the old bridge for\nrepairs that will last a year.",
      "Next.",
    ]);
  });
});

describe("splitSentences", () => {
  it("keeps abbreviations, initials and dotted acronyms inside sentences", () => {
    expect(
      sentences(
        "Mr. Smith met Dr. Jones on Dec. 9 in the U.S. The U.S. Army came. J. R. Tolkien wrote, etc. The end.",
      ),
    ).toEqual([
      "Mr. Smith met Dr. Jones on Dec. 9 in the U.S.",
      "The U.S. Army came.",
      "J. R. Tolkien wrote, etc.",
      "The end.",
    ]);
  });

  it("runs on past a title in a hyphened word or a bracket, a rank and a case name's v.", () => {
    expect(
      sentences(
        "They met then-Gov. Alder and Brig. Gen. Moss at Lake-St. Claire. Sens. Orr and Pike spoke. " +
          "Pell v. Grant was cited [Mr. Ode] by Dunmore Inc. (DNM) on Monday. It ended.",
      ),
    ).toEqual([
      "They met then-Gov. Alder and Brig. Gen. Moss at Lake-St. Claire.",
      "Sens. Orr and Pike spoke.",
      "Pell v. Grant was cited [Mr. Ode] by Dunmore Inc. (DNM) on Monday.",
      "It ended.",
    ]);
  });

  it("runs on after a quoted exclamation or question that the sentence continues in lowercase", () => {
    expect(
      sentences('"Open the gate!" she shouted. "Why now?" he asked. Nobody knew! Then rain.'),
    ).toEqual([
      '"Open the gate!" she shouted.',
      '"Why now?" he asked.',
      "Nobody knew!",
      "Then rain.",
    ]);
  });

  it("keeps a word that starts with its dot (.NET, a ticker) inside the sentence", () => {
    expect(sentences("Shares of the index .QRX rose. Tools for .NET shipped. Done.")).toEqual([
      "Shares of the index .QRX rose.",
      "Tools for .NET shipped.",
      "Done.",
    ]);
  });

  it("keeps a full stop inside closing quotes and an ellipsis inside a quotation", () => {
    expect(
      sentences('He said "go." Then he left. "We grow ... and we stay," she said. “Fine.” Done.'),
    ).toEqual([
      'He said "go."',
      "Then he left.",
      '"We grow ... and we stay," she said.',
      "“Fine.”",
      "Done.",
    ]);
  });
});

describe("segmentation invariants", () => {
  const text = fc.string({
    unit: fc.constantFrom(
      "a",
      "B",
      " ",
      ".",
      "\n",
      "\r\n",
      "“",
      "”",
      '"',
      "😀",
      "e\u0301",
      "U.S.",
      "Mr.",
      "…",
    ),
    maxLength: 300,
  });
  it("never throws; spans are ordered, non-overlapping, trimmed, in bounds and on code-point boundaries", () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const p of splitParagraphs(t)) {
          for (const s of splitSentences(t, p)) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
            const low = (i: number) => {
              const c = t.charCodeAt(i);
              return c >= 0xdc00 && c <= 0xdfff;
            };
            expect(low(s.start)).toBe(false);
            expect(s.end === t.length || !low(s.end)).toBe(true);
            last = s.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the hand-written boundaries are Intl.Segmenter's, wherever they apply", () => {
    const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    // Every character the pass knows, weighted toward the ones the rules turn on.
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("a", "z", "Z", "B", "é", "Ü", "ß", "7", " ") },
      { weight: 4, arbitrary: fc.constantFrom(".", "!", "?", "\t", "\u00a0", "\r", "\n", "\r\n") },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          ",",
          ";",
          ":",
          "-",
          "–",
          "—",
          "'",
          '"',
          "‘",
          "’",
          "“",
          "”",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          "«",
          "»",
          "…",
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "#",
          "&",
          "*",
          "/",
          "@",
          "_",
          "~",
          "\v",
          "\f",
          "\u00c0",
          "\u00ff",
        ),
      },
    );
    let compared = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (t) => {
        const breaks = sentenceBreaks(t);
        expect(breaks).toBeDefined();
        compared++;
        const ends = [...segmenter.segment(t)].map((s) => s.index + s.segment.length);
        expect(breaks).toEqual(t === "" ? [0] : ends);
      }),
      { numRuns: 5000, seed: 7 },
    );
    expect(compared).toBe(5000);
  });

  it("declines any text with a character it does not know, wherever it stands", () => {
    const known = fc.constantFrom("a", "Z", ".", "!", "?", " ", "\n", "\r", '"', "’", ",", "7");
    const unknown = fc.constantFrom("\u2024", "東", "\u00ad", "\u0301", "😀", "\u2028");
    fc.assert(
      fc.property(
        fc.string({ unit: known, maxLength: 40 }),
        unknown,
        fc.string({ unit: known, maxLength: 40 }),
        (before, u, after) => {
          expect(sentenceBreaks(before + u + after)).toBeUndefined();
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("leaves text with other characters to Intl.Segmenter", () => {
    expect(sentenceBreaks("Ça va. 東京")).toBeUndefined();
    expect(sentenceBreaks("One dot\u2024 leader")).toBeUndefined();
    expect(sentenceBreaks("soft\u00adhyphen")).toBeUndefined();
    expect(sentenceBreaks("He left. She stayed.")).toEqual([9, 20]);
    // An ellipsis is no sentence terminal in UAX #29: what follows decides.
    expect(sentenceBreaks("Wait\u2026 what. Then\u2026 Go.")).toEqual([12, 21]);
  });
});

describe("a closing quotation mark alone", () => {
  const sentencesOf = (text: string) =>
    splitParagraphs(text).flatMap((p) =>
      splitSentences(text, p).map((s) => text.slice(s.start, s.end)),
    );

  it("after a space ends the sentence before it, not one of its own", () => {
    expect(sentencesOf("“The roof will hold. It was built to last. ”")).toEqual([
      "“The roof will hold.",
      "It was built to last. ”",
    ]);
  });

  it("on its own line closes the paragraph above (a quotation over several paragraphs)", () => {
    const text =
      "“The mill closed in May.\n\n“Nobody was told why.\n”\n\nThe owners declined to comment.";
    expect(sentencesOf(text)).toEqual([
      "“The mill closed in May.",
      "“Nobody was told why.\n”",
      "The owners declined to comment.",
    ]);
    expect(sentencesOf("“Nobody was told why.”\n\n”\n\nThe owners declined.")).toEqual([
      "“Nobody was told why.”\n\n”",
      "The owners declined.",
    ]);
  });
});
