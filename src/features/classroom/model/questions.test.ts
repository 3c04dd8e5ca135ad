import { describe, expect, it } from "vitest";
import type { Comparison } from "../../../analysis/types.ts";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { passageWords, isPassageInBounds } from "./passages.ts";
import { DEFAULT_QUESTION_COUNT, suggestQuestions } from "./questions.ts";
import { analyse, analysed, fixtureInputs, seedInputs, type Analysed } from "./test-support.ts";
import type { Question, QuestionKind } from "./types.ts";

const seed = analyse("seed pair", seedInputs);
const fixtures = fixtureInputs().map(([label, inputs]) => analyse(label, inputs));
const invented = analysed("invented pair", twoSources);

const kinds = (a: Analysed): Set<QuestionKind> =>
  new Set(suggestQuestions(a.index, a.marks).map((s) => s.question.kind));

/** Words a question prints in “…”, with a trailing ellipsis (a shortened excerpt) removed. */
function quotedIn(question: Question): string[] {
  return [...question.text.matchAll(/“([^”]+)”/g)].map((m) => (m[1] ?? "").replace(/…$/, ""));
}

/**
 * Nothing a question says comes from outside the comparison: its passages are real stretches of
 * the texts, and every word it quotes is in one of them (the plain "said" a lone attribution
 * verb is set against is the one exception, and it is a word of the question, not of a report).
 */
function expectGrounded(a: Analysed, question: Question): void {
  expect(question.passages.length, question.id).toBeGreaterThan(0);
  const words = question.passages.map((p) => {
    expect(isPassageInBounds(a.index, p), `${question.id} in bounds`).toBe(true);
    const printed = passageWords(a.index, p);
    expect(printed.trim(), `${question.id} passage`).not.toBe("");
    return printed;
  });
  for (const quoted of quotedIn(question)) {
    if (quoted === "said" && question.kind === "attribution") continue;
    expect(
      words.some((w) => w.includes(quoted)),
      `${question.id}: “${quoted}” is in a passage`,
    ).toBe(true);
  }
  const names = new Set(a.index.sources.map((s) => s.name));
  const named = [...names].filter((name) => question.text.includes(name));
  expect(named.length, `${question.id} names a source`).toBeGreaterThan(0);
}

describe("questions generated from the seed comparison", () => {
  const suggestions = suggestQuestions(seed.index, seed.marks);

  it("include every kind the issue asks for, and more", () => {
    for (const kind of ["attribution", "quote", "unique", "headline", "variant"] as const) {
      expect(kinds(seed), kind).toContain(kind);
    }
    expect(kinds(seed)).toContain("voice");
    expect(kinds(seed)).toContain("hedge");
  });

  it("start a lesson with the headlines and a handful of different kinds", () => {
    const defaults = suggestions.filter((s) => s.byDefault).map((s) => s.question);
    expect(defaults.length).toBeGreaterThan(4);
    expect(defaults.length).toBeLessThanOrEqual(DEFAULT_QUESTION_COUNT);
    expect(defaults[0]?.kind).toBe("headline");
    expect(new Set(defaults.map((q) => q.kind)).size).toBeGreaterThanOrEqual(5);
    // No outlet is the only one questioned about its attribution verbs or its omissions.
    for (const kind of ["attribution", "unique"] as const) {
      const sources = defaults.filter((q) => q.kind === kind).map((q) => q.passages[0]?.source);
      expect(new Set(sources).size, kind).toBe(sources.length);
    }
  });

  it("set an attribution verb against its counterpart, in the issue's form", () => {
    const contrast = suggestions.find(
      (s) => s.question.kind === "attribution" && s.question.passages.length === 2,
    )?.question;
    expect(contrast?.text).toMatch(
      /^(The Moscow Times|Iran Front Page) writes “[^”]+” where (The Moscow Times|Iran Front Page) writes “[^”]+”\. What does “[^”]+” suggest that “[^”]+” does not\?$/,
    );
    const [word, counterpart] = contrast?.passages ?? [];
    expect(word?.source).not.toBe(counterpart?.source);
  });

  it("are all grounded in the texts, with unique ids", () => {
    const ids = suggestions.map((s) => s.question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of suggestions) expectGrounded(seed, s.question);
  });

  it("are the same every time", () => {
    expect(suggestQuestions(seed.index, seed.marks)).toStrictEqual(suggestions);
  });
});

describe("questions from the invented fixtures", () => {
  it("reads every plain-text fixture set", () => {
    expect(fixtures.map((f) => f.label)).toEqual(
      expect.arrayContaining(["three-outlets", "quotes-styles"]),
    );
  });

  it.each(fixtures.map((f) => [f.label, f] as const))("%s: grounded", (_label, a) => {
    const suggestions = suggestQuestions(a.index, a.marks);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expectGrounded(a, s.question);
  });

  it("the hand-made pair yields each kind it holds", () => {
    const found = kinds(invented);
    for (const kind of [
      "headline",
      "attribution",
      "loaded",
      "voice",
      "quote",
      "unique",
      "variant",
    ] as const) {
      expect(found, kind).toContain(kind);
    }
    for (const s of suggestQuestions(invented.index, invented.marks))
      expectGrounded(invented, s.question);
  });
});

describe("no question about what the comparison does not hold", () => {
  const bare = (change: Partial<Comparison>): Analysed =>
    analysed("edited", { ...twoSources, ...change });

  it("no framing marks: no framing questions", () => {
    const found = kinds(bare({ framing: [] }));
    for (const kind of ["attribution", "loaded", "hedge", "voice"] as const)
      expect(found).not.toContain(kind);
  });

  it("no variants: no name question", () => {
    expect(kinds(bare({ variants: [] }))).not.toContain("variant");
  });

  it("no quotations: no quote question, and no voice contrast", () => {
    const found = kinds(
      bare({
        quotes: [],
        attributions: (twoSources.attributions ?? []).map((a) => ({
          ...a,
          kind: "indirect" as const,
        })),
        framing: twoSources.framing.filter((f) => f.voice === "narrator"),
      }),
    );
    expect(found).not.toContain("quote");
    expect(found).not.toContain("voice");
  });

  it("every body sentence aligned: no 'only in' question", () => {
    const all = bare({
      alignments: [
        ...twoSources.alignments,
        { sentences: ["A.2", "B.4"], kind: "related", score: 0.2 },
      ],
    });
    expect(kinds(all)).not.toContain("unique");
  });

  it("one headline only: no headline question", () => {
    const [a, b] = twoSources.sources;
    const noHeadline = { ...b!, sentences: b!.sentences.filter((s) => s.role !== "headline") };
    expect(kinds(bare({ sources: [a!, noHeadline] }))).not.toContain("headline");
  });

  it("a statement both sources quote is not asked about as a paraphrase", () => {
    const quotedInBoth = bare({
      attributions: (twoSources.attributions ?? []).map((a) => ({ ...a, kind: "direct" as const })),
    });
    expect(kinds(quotedInBoth)).not.toContain("quote");
  });

  it("a statement quoted in one source and paraphrased in the other is asked about", () => {
    const quotes = suggestQuestions(invented.index, invented.marks).filter(
      (s) => s.question.kind === "quote",
    );
    expect(quotes.map((s) => s.question.text)).toContain(
      'The Northern Ledger quotes Petrova: “the warnings "alarmist"”. Harbour Wire gives the point in its own words: “as alarmist the warnings about the bridge”. What changes when a quotation becomes a paraphrase?',
    );
  });

  it("a word that is quoted in one source and its own in both is no voice contrast", () => {
    const framing = twoSources.framing.map((f) =>
      f.source === "A" && f.category === "loaded" ? { ...f, voice: "narrator" as const } : f,
    );
    expect(kinds(bare({ framing }))).not.toContain("voice");
  });

  it("unrelated reports with nothing found yield nothing", () => {
    const a = analyse("unrelated", [
      { name: "One", text: "Bakers sold bread on Tuesday." },
      { name: "Two", text: "The tide was low at noon." },
    ]);
    for (const s of suggestQuestions(a.index, a.marks)) expectGrounded(a, s.question);
    expect(kinds(a)).not.toContain("attribution");
    expect(kinds(a)).not.toContain("variant");
  });
});
