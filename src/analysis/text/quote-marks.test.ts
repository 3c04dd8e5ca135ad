import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findQuoteSpans } from "./quote-marks.ts";

const quotes = (t: string) =>
  findQuoteSpans(t, { start: 0, end: t.length }).map((q) => t.slice(q.inner.start, q.inner.end));

describe("findQuoteSpans", () => {
  it("reads straight, curly, guillemet and low-high quotes", () => {
    expect(
      quotes(
        `He said "stay calm." She said “we go.” Il dit « non merci ». Sie sagte: „Wir schaffen das.“`,
      ),
    ).toEqual(["stay calm", "we go", "non merci", "Wir schaffen das"]);
  });

  it("never takes an apostrophe for a quotation mark", () => {
    expect(quotes("It won't stop the Agency’s plan, rock ’n’ roll or the ’90s.")).toEqual([]);
    expect(quotes("Police said the suspect 'won't talk' at all.")).toEqual(["won't talk"]);
  });

  it("splits a quotation interrupted by its attribution, without the writer's closing comma or stop", () => {
    expect(quotes("“We will rebuild,” she said, “and we will do it together.”")).toEqual([
      "We will rebuild",
      "and we will do it together",
    ]);
    expect(quotes('"It grows ... and grows..." he said.')).toEqual(["It grows ... and grows..."]);
  });

  it("reads Penn Treebank style ``quotes''", () => {
    expect(quotes("``She checked in herself,'' her rep said.")).toEqual(["She checked in herself"]);
  });

  it("reads two apostrophes as a double mark: ''quotes''", () => {
    expect(quotes("''We rebuild in May,'' Ms. Kovac said. ''Then the ferries stop.''")).toEqual([
      "We rebuild in May",
      "Then the ferries stop",
    ]);
    expect(quotes("a gauge that read ''high,'' not ''full''")).toEqual(["high", "full"]);
    // Not an opener: after a letter, or before a space.
    expect(quotes("the rivers'' banks and '' loose marks")).toEqual([]);
  });

  it("keeps nested quotes inside the outer one and runs an unclosed quote to the paragraph end", () => {
    expect(quotes(`"They called it 'a disgrace' today," he said.`)).toEqual([
      "They called it 'a disgrace' today",
    ]);
    expect(quotes(`"The work goes on and it will not stop until it is done`)).toEqual([
      "The work goes on and it will not stop until it is done",
    ]);
  });

  it("takes a Penn Treebank pair only when both its characters are inside the paragraph", () => {
    const within = (t: string, end: number) =>
      findQuoteSpans(t, { start: 0, end }).map((q) => t.slice(q.inner.start, q.inner.end));
    expect(within("He said ``we stay'' and left", 28)).toEqual(["we stay"]);
    expect(within("He said ``we stay''", 18)).toEqual([]);
    expect(within("x ``ab cd'' y", 10)).toEqual([]);
  });

  it("tells apostrophes from quotation marks next to non-ASCII letters and digits", () => {
    expect(quotes("L'été 'was fine' and Zoë's ‘café’ and ٣'s")).toEqual(["was fine", "café"]);
    expect(quotes("She wrote `hello` and 'Ça va' then ’٣٠s")).toEqual(["Ça va"]);
    expect(quotes("«Ils disent „ja“ et ‹non›»")).toEqual(["Ils disent „ja“ et ‹non›"]);
  });

  it("never throws and returns in-bounds, ordered spans on arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", " ", '"', "'", "“", "”", "‘", "’", "«", "»", "„", ".", "😀"),
        }),
        (t) => {
          let last = 0;
          for (const q of findQuoteSpans(t, { start: 0, end: t.length })) {
            expect(q.inner.start).toBeGreaterThanOrEqual(q.outer.start);
            expect(q.inner.end).toBeLessThanOrEqual(q.outer.end);
            expect(q.outer.start).toBeGreaterThanOrEqual(last);
            expect(q.outer.end).toBeLessThanOrEqual(t.length);
            last = q.outer.end;
          }
        },
      ),
    );
  });
});
