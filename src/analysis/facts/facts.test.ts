import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import { tagText } from "../text/tagger.ts";
import type { Comparison, FactDifference } from "../types.ts";
import { compareDates, findDates, findReportDate, formatDate } from "./dates.ts";
import { extractFacts, mayHoldFact } from "./extract.ts";
import { countKey } from "./index.ts";
import { describeDifference } from "./note.ts";
import { numberValue, roundingStep } from "./numbers.ts";

/** The facts of one sentence, as "kind value «words»". */
function factsIn(text: string, reference?: Date): string[] {
  return extractFacts(text, { start: 0, end: text.length }, tagText(text), reference).map(
    (f) => `${f.kind} ${f.value ?? "?"} «${text.slice(f.start, f.end)}»`,
  );
}

/** Two reports of one story, each a headline and the given body. */
function pair(a: string, b: string): Comparison {
  return compare([
    { name: "Ledger", text: a },
    { name: "Courier", text: b },
  ]);
}

/** Each difference as "A-words / B-words". */
function differences(c: Comparison): string[] {
  const words = (f: FactDifference) =>
    f.values
      .map((v) => c.sources.find((s) => s.id === v.source)?.text.slice(v.start, v.end))
      .join(" / ");
  return (c.facts ?? []).map(words);
}

const STORY = (figures: {
  dead: string;
  date: string;
  money: string;
  share: string;
}) => `Flood barrier fails in the Orlen delta

${figures.dead} villagers were killed when the Orlen flood barrier gave way ${figures.date}, the provincial rescue office said.

The repairs will cost ${figures.money}, according to the delta authority's engineers.

Water covered ${figures.share} of the farmland in the lower valley by the next morning.

Ferry services across the estuary were halted until further notice.`;

describe("numbers", () => {
  it.each([
    [["12,347"], 12347],
    [["three"], 3],
    [["twenty-five"], 25],
    [["a", "dozen"], 12],
    [["12.3", "million"], 12_300_000],
    [["1.2", "bn"], 1_200_000_000],
    [["two", "hundred"], 200],
    [["four", "thousand"], 4000],
  ])("reads %j as %d", (words, value) => {
    expect(numberValue(words)).toBe(value);
  });

  it("says what a number was rounded to", () => {
    expect([12000, 12347, 300, 4.5].map(roundingStep)).toEqual([1000, 1, 100, 0.1]);
  });
});

describe("facts in a sentence", () => {
  it("skips, untagged, only sentences that state no fact", () => {
    // The cheap test before tagging must never hide a fact: whatever it turns away has none.
    const word = fc.constantFrom(
      "the",
      "mayor",
      "said",
      "council",
      "Monday",
      "may",
      "March",
      "won",
      "a",
      "dozen",
      "million",
      "3",
      "1,204",
      "$4m",
      "twenty-five",
      "none",
      "often",
      "F-16",
      "ago",
      "noon",
      "one",
      "people",
      "ones",
      "someone",
      "tenfold",
      "tonne",
      "on",
      ",",
      ".",
      "seventh",
      "hundreds",
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const text = `${words.join(" ")}.`;
        const span = { start: 0, end: text.length };
        if (!mayHoldFact(text, span))
          expect(extractFacts(text, span, tagText(text), undefined)).toEqual([]);
      }),
    );
    expect(mayHoldFact("The mayor said the council would wait.", { start: 0, end: 38 })).toBe(
      false,
    );
    expect(mayHoldFact("Twenty-five boats left.", { start: 0, end: 23 })).toBe(true);
  });

  it("reads counts with the noun they count, written in digits or words", () => {
    expect(factsIn("Rescuers found three fishermen and 1,204 stranded residents.")).toEqual([
      "number 3 «three»",
      "number 1204 «1,204»",
    ]);
  });

  it("reads money in symbol and word notation to one value", () => {
    expect(factsIn("The budget grew to $1.2 billion.")).toEqual([
      "money USD 1200000000 «$1.2 billion»",
    ]);
    expect(factsIn("The budget grew to 1.2bn dollars.")).toEqual([
      "money USD 1200000000 «1.2bn dollars»",
    ]);
    expect(factsIn("The fine was €30m.")).toEqual(["money EUR 30000000 «€30m»"]);
  });

  it("reads percentages, durations and qualifiers", () => {
    expect(factsIn("Turnout fell about 4 per cent in six weeks.")).toEqual([
      "percent 4% «about 4 per cent»",
      "duration P6W «six weeks»",
    ]);
    expect(factsIn("More than 40 boats sank.")).toEqual(["number 40 «More than 40»"]);
  });

  it("resolves a weekday against the report's date, and keeps only the weekday without one", () => {
    const reference = findReportDate("HARLOW, 14 March 2024 — The council met.");
    expect(reference?.toISOString().slice(0, 10)).toBe("2024-03-14");
    expect(factsIn("The council met on Tuesday.", reference)).toEqual([
      "date 2024-03-12 «on Tuesday»",
    ]);
    expect(factsIn("The council met on Tuesday.")).toEqual(["date Tuesday «on Tuesday»"]);
  });

  it("reads dates and times, and a day no calendar has", () => {
    expect(factsIn("The vote is set for 9 p.m. on April 3, 2025.")).toEqual([
      "date 2025-04-03T21:00 «9 p.m. on April 3, 2025»",
    ]);
    expect(factsIn("The hearing on June 31 ran past 14 a.m.")).toEqual([
      "date --06-31 «June 31»",
      "time T14:00 «14 a.m.»",
    ]);
  });

  it("reads a figure in a name as written, not as a count", () => {
    expect(factsIn("The M-40 motorway reopened.")).toEqual(["other M-40 «M-40»"]);
  });

  it.each([
    ["Up to 40 boats sank.", ["number 40 «Up to 40»"]],
    [
      "Fewer than 12 ships and at most 9 barges sailed.",
      ["number 12 «Fewer than 12»", "number 9 «at most 9»"],
    ],
    [
      "An estimated 3,000 people and close to 200 officers marched.",
      ["number 3000 «An estimated 3,000»", "number 200 «close to 200»"],
    ],
    ["Over 50 farms and under 20 mills were hit.", ["number 50 «Over 50»", "number 20 «under 20»"]],
    [
      "The line carried a hundred trains and two hundred and five buses.",
      ["number 100 «a hundred»", "number 205 «two hundred and five»"],
    ],
    [
      "The 52-year-old pilot flew for five decades.",
      ["number 52 «52»", "duration P50Y «five decades»"],
    ],
    ["The vote was 61-39 in the chamber.", ["other 61-39 «61-39»"]],
    [
      "The fund paid £4.5 million and 30 percent of it came in 2019.",
      ["money GBP 4500000 «£4.5 million»", "percent 30% «30 percent»", "date 2019 «2019»"],
    ],
    ["The talks ran from March 31 to April 4, 2024.", ["date --03-31 «March 31 to April 4, 2024»"]],
    ["The bridge reopened last week after 3 hours of checks.", ["duration PT3H «3 hours»"]],
  ])("reads %s", (sentence, facts) => {
    expect(factsIn(sentence)).toEqual(facts);
  });

  it("resolves relative words against the report's date, and keeps what the words fix without one", () => {
    const dated = new Date(Date.UTC(2022, 11, 13, 12)); // Tuesday, 13 December 2022
    expect(factsIn("The barrier failed on Sunday.", dated)).toEqual([
      "date 2022-12-11 «on Sunday»",
    ]);
    // "last month", "this year": a span of time, too loose to set against a day, even resolved.
    expect(factsIn("The barrier failed last month.", dated)).toEqual([]);
    expect(factsIn("The barrier failed at 7:30 p.m. on Sunday.", dated)).toEqual([
      "date 2022-12-11T19:30 «at 7:30 p.m. on Sunday»",
    ]);
    expect(factsIn("The barrier failed on Sunday.")).toEqual(["date Sunday «on Sunday»"]);
    expect(factsIn("The barrier failed in 2019.")).toEqual(["date 2019 «2019»"]);
    // "now" is the time of writing, not a fact the report states.
    expect(factsIn("The barrier is closed until now.")).toEqual([]);
  });

  it("keeps a day or an hour no calendar has, and a figure inside a code, as written", () => {
    expect(factsIn("The hearing is set for June 31.")).toEqual(["date --06-31 «June 31»"]);
    expect(factsIn("The hearing is set for June 31, 2024 in the capital.")).toEqual([
      "date 2024-06-31 «June 31, 2024»",
    ]);
    expect(factsIn("The hearing opens at 15 a.m. sharp.")).toEqual(["time T15:00 «15 a.m.»"]);
    expect(factsIn("Two F-16 jets flew over.")).toEqual(["number 2 «Two»", "other F-16 «F-16»"]);
  });

  it("finds the report's date in its dateline, not in its story", () => {
    expect(findReportDate("SALDER, Dec. 13, 2022 — The barrier failed.")?.toISOString()).toBe(
      "2022-12-13T12:00:00.000Z",
    );
    expect(findReportDate("The barrier failed on Sunday, officials said.")).toBeUndefined();
  });

  it("writes every shape of date the way it reads", () => {
    expect(formatDate({ year: 2022, month: 12 })).toBe("2022-12");
    expect(formatDate({ month: 12, day: 11 })).toBe("--12-11");
    expect(formatDate({ weekday: 0 })).toBe("Sunday");
    expect(formatDate({ month: 3 })).toBe("--03");
    expect(formatDate({ hour: 7, minute: 5 })).toBe("T07:05");
    expect(formatDate({})).toBeUndefined();
  });

  it("compares dates on what both fix", () => {
    const [sunday] = findDates("on Sunday", { start: 0, end: 9 }, undefined);
    const [day] = findDates("on Dec. 11, 2022", { start: 0, end: 16 }, undefined);
    expect(formatDate(day!.parts)).toBe("2022-12-11");
    expect(compareDates(sunday!.parts, day!.parts)).toBe("same");
    expect(compareDates(sunday!.parts, { month: 12 })).toBe("unknown");
  });
});

const BASE = { dead: "Fourteen", date: "on Sunday", money: "$2.5 billion", share: "40%" };

describe("facts that differ", () => {
  it("flags a different count with a note giving both and how much", () => {
    const c = pair(STORY(BASE), STORY({ ...BASE, dead: "Nineteen" }));
    expect(differences(c)).toEqual(["Fourteen / Nineteen"]);
    expect(c.facts?.[0]).toMatchObject({
      id: "F1",
      kind: "number",
      values: [{ value: "14" }, { value: "19" }],
      note: "Ledger says fourteen villagers; Courier says nineteen villagers: 5 more in Courier (35.7%).",
    });
  });

  it("writes a value that started its sentence in lower case, a proper noun as printed", () => {
    const side = (text: string, at: number) => ({
      name: "Ledger",
      text,
      fact: extractFacts(text, { start: 0, end: text.length }, tagText(text), undefined)[0]!,
      sentenceStart: at,
    });
    const note = (a: string, b: string) =>
      describeDifference(side(a, 0), side(b, 0), undefined).split(": ")[0];
    expect(note("At least 23 porters were hurt.", "Up to 30 porters were hurt.")).toBe(
      "Ledger says at least 23 porters; Ledger says up to 30 porters",
    );
    expect(note("Sunday was the warmest day.", "Monday was the warmest day.")).toBe(
      "Ledger says Sunday; Ledger says Monday",
    );
    expect(
      note("HARBOURTON (Reuters) — Fourteen porters were hurt.", "Ten porters were hurt."),
    ).toBe("Ledger says fourteen porters; Ledger says ten porters");
    // Not at the start of its sentence: left as printed.
    expect(
      describeDifference(
        side("Crews said Twelve porters were hurt.", 0),
        side("Crews said 14 porters were hurt.", 0),
        undefined,
      ),
    ).toMatch(/^Ledger says Twelve porters;/);
  });

  it("does not flag the same value written differently", () => {
    const same = pair(
      STORY(BASE),
      STORY({ dead: "14", date: "on Sunday", money: "2.5bn dollars", share: "40 percent" }),
    );
    expect(differences(same)).toEqual([]);
  });

  it("says how far apart two times or two days are", () => {
    const at = (time: string) => STORY({ ...BASE, date: time });
    expect((pair(at("at 7 p.m."), at("at 9 p.m.")).facts ?? []).map((f) => f.note)).toEqual([
      expect.stringMatching(/: 2 hours apart\.$/),
    ]);
    expect((pair(at("at 7 p.m."), at("at 7:30 p.m.")).facts ?? []).map((f) => f.note)).toEqual([
      expect.stringMatching(/: 30 minutes apart\.$/),
    ]);
    // Days are counted only when both resolve to a year: without one, they are not the same day.
    expect((pair(at("on Dec. 11"), at("on Dec. 12")).facts ?? []).map((f) => f.note)).toEqual([
      expect.stringMatching(/: not the same day\.$/),
    ]);
    const dated = (date: string) => `SALDER, Dec. 13, 2022\n\n${at(date)}`;
    expect((pair(dated("on Dec. 11"), dated("on Dec. 9")).facts ?? []).map((f) => f.note)).toEqual([
      expect.stringMatching(/: 2 days apart\.$/),
    ]);
  });

  it("does not flag a weekday and the date it falls on, once the report's date is known", () => {
    const dated = (date: string) => `SALDER, Dec. 13, 2022\n\n${STORY({ ...BASE, date })}`;
    expect(differences(pair(dated("on Sunday"), dated("on Dec. 11")))).toEqual([]);
    expect(differences(pair(dated("on Sunday"), dated("on Dec. 10")))).toEqual([
      "on Sunday / Dec. 10",
    ]);
  });

  it("marks a rounding and a bound as compatible, not as contradictions", () => {
    const rounded = pair(
      STORY({ ...BASE, dead: "About 12,000" }),
      STORY({ ...BASE, dead: "12,347" }),
    );
    expect(rounded.facts).toMatchObject([{ compatible: "rounding" }]);
    expect(rounded.facts?.[0]?.note).toContain("not a contradiction");
    const bound = pair(
      STORY({ ...BASE, dead: "More than 12,000" }),
      STORY({ ...BASE, dead: "12,347" }),
    );
    expect(bound.facts).toMatchObject([{ compatible: "bound" }]);
    const apart = pair(
      STORY({ ...BASE, dead: "12,000" }),
      STORY({ ...BASE, dead: "More than 12,300" }),
    );
    expect(apart.facts).toMatchObject([{ kind: "number" }]);
    expect(apart.facts?.[0]?.compatible).toBeUndefined();
  });

  it("flags money, percentages and dates, each in its own kind", () => {
    const c = pair(
      STORY(BASE),
      STORY({ dead: "Fourteen", date: "on Monday", money: "$3 billion", share: "45%" }),
    );
    expect(c.facts?.map((f) => f.kind)).toEqual(["date", "money", "percent"]);
  });

  it("compares only figures that count the same thing", () => {
    const c = pair(
      "Nine ships were lost and the port stayed shut, the harbour master said.",
      "Nine ships were lost and 30 crew are missing, the harbour master said.",
    );
    expect(differences(c)).toEqual([]);
  });
});

describe("facts, on random stories", () => {
  const figure = fc.integer({ min: 2, max: 90_000 }).map((n) => n.toLocaleString("en-US"));
  const weekday = fc.constantFrom("on Monday", "on Friday", "on Dec. 4", "last week");
  const story = fc.record({
    dead: figure,
    date: weekday,
    money: figure.map((n) => `$${n} million`),
    share: fc.integer({ min: 1, max: 99 }).map((n) => `${String(n)}%`),
  });

  it("finds no facts that differ between a report and itself", () => {
    fc.assert(
      fc.property(story, (figures) => {
        const text = STORY(figures);
        expect(pair(text, text).facts).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("flags exactly the one number changed in a copy", () => {
    fc.assert(
      fc.property(story, fc.constantFrom("dead", "money", "share"), (figures, field) => {
        const changed = {
          ...figures,
          [field]: figures[field].replace(/\d/, (d) => String((Number(d) + 1) % 10)),
        };
        fc.pre(changed[field] !== figures[field] && !/^0/.test(changed[field].replace(/^\$/, "")));
        const a = STORY(figures);
        const b = STORY(changed);
        const c = pair(a, b);
        expect(c.facts).toHaveLength(1);
        const [va, vb] = c.facts?.[0]?.values ?? [];
        expect(a.slice(va?.start, va?.end)).toContain(figures[field].replace(/ million$/, ""));
        expect(b.slice(vb?.start, vb?.end)).toContain(changed[field].replace(/ million$/, ""));
      }),
      { numRuns: 25 },
    );
  });
});

describe("headline against the other report's lead", () => {
  const FERRY = (headline: string, lead: string) => `${headline}

${lead}

Divers from the coastguard searched the lake through the night with sonar equipment.

The operator suspended all crossings on the line until inspectors finish their work.`;
  const LEAD_A =
    "Rescue boats reached the sinking ferry on Lake Varn within the hour, the harbour office said.";

  it("flags a count the headline gives differently from the other report's lead", () => {
    const c = pair(
      FERRY("Storm on Lake Varn: sinking kills 26 passengers", LEAD_A),
      FERRY(
        "Ferry operator under investigation",
        "Nineteen passengers were killed when the ferry capsized near the northern pier in strong winds.",
      ),
    );
    expect(differences(c)).toEqual(["26 / Nineteen"]);
    expect(c.facts?.[0]?.note).toBe(
      "Ledger says 26 passengers; Courier says nineteen passengers: 7 fewer in Courier (26.9%).",
    );
  });

  it("sets a death toll against people who died, and a bound it meets is compatible", () => {
    const c = pair(
      FERRY("Lake Varn death toll rises to 31", LEAD_A),
      FERRY(
        "Ferry operator under investigation",
        "At least 23 people died when the ferry capsized near the northern pier of Lake Varn.",
      ),
    );
    expect(differences(c)).toEqual(["31 / At least 23"]);
    expect(c.facts?.[0]).toMatchObject({ compatible: "bound" });
  });

  it("does not set different things side by side, nor the same value written differently", () => {
    const lead =
      "Nineteen passengers were killed when the ferry capsized near the northern pier in strong winds.";
    for (const headline of [
      "Thirty-one passengers rescued from Lake Varn", // rescued, not killed
      "Ferry operator fined 40,000 euros", // money, not a count of people
      "Lake Varn death toll rises to 19", // the same count
      "Sinking on Lake Varn kills 19 passengers and 2 crew members, and 4 passengers missing", // passengers twice
    ])
      expect(
        differences(pair(FERRY(headline, LEAD_A), FERRY("Ferry inquiry opens", lead))),
      ).toEqual([]);
  });

  it("does not compare them between reports of two different events", () => {
    const other = (headline: string, lead: string) => `${headline}

${lead}

Volunteers in dinghies combed the reed beds along the southern shore before dawn.

Harbour staff set up a desk at the terminal to share lists of the missing with families.`;
    const c = pair(
      FERRY("Lake Varn death toll rises to 31", LEAD_A),
      other(
        "Barge collision on the Ostwater",
        "At least 23 people died when two barges collided on the Ostwater canal in thick fog.",
      ),
    );
    expect(c.alignments.filter((a) => a.kind !== "related")).toEqual([]);
    expect(differences(c)).toEqual([]);
  });

  it("reads what a headline's or a lead's count counts", () => {
    const key = (text: string) => {
      const sentence = { start: 0, end: text.length };
      const fact = extractFacts(text, sentence, tagText(text), undefined)[0]!;
      return countKey(text, sentence, fact);
    };
    expect(key("Death toll climbs to 31 in Varn")).toBe("dead");
    expect(key("31 dead after ferry sinks")).toBe("dead");
    expect(key("At least 23 people have died in the sinking")).toBe("dead");
    expect(key("The ferry carried 23 people across the lake")).toBe("people");
    expect(key("Officials counted 31 in the water")).toBeUndefined();
  });
});
