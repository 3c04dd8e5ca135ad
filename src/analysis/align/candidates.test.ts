import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../../scripts/bench.ts";
import { scoreCandidates } from "./candidates.ts";
import { storyConfidence } from "./story.ts";
import { analyse } from "../compare.ts";
import { findQuotes, matchQuotes } from "../quotes/index.ts";
import { anchorsOf, keysOf, similarity, type SentenceTerms } from "./similarity.ts";
import { buildVocabulary, type Vocabulary } from "./vocabulary.ts";
import type { SourceInput } from "../types.ts";
import { findVariants } from "../variants/index.ts";

/*
 * The engine finds candidates through indexes instead of comparing everything with everything
 * (align.ts, quotes/candidates.ts, variants/blocking.ts). These tests hold each search to the
 * exhaustive comparison it replaces, on the shipped seed, every fixture set and generated stories.
 */

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

function corpora(): [string, SourceInput[]][] {
  const out: [string, SourceInput[]][] = [
    ["seed", ["moscow-times", "ifp"].map((f) => ({ name: f, text: read(`seeds/${f}.txt`) }))],
  ];
  for (const dir of readdirSync(new URL("fixtures/reports/", root), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const set = JSON.parse(read(`fixtures/reports/${dir.name}/set.json`)) as {
      sources: { file: string; name: string }[];
    };
    out.push([
      dir.name,
      set.sources.map((s) => ({
        name: s.name,
        text: read(`fixtures/reports/${dir.name}/${s.file}`),
        ...(s.file.endsWith(".html") ? { format: "html" as const } : {}),
      })),
    ]);
  }
  for (const [seed, n, size] of [
    [3, 2, 6_000],
    [5, 3, 8_000],
    [9, 2, 20_000],
  ] as const) {
    out.push([`generated ${n}×${size}`, makeStory(seed, n, size)]);
  }
  return out;
}

const DEFAULTS = {
  softThreshold: 0.15,
  anchorMismatch: 0.6,
  maxKeyShare: 0.5,
  maxKeySentences: 100,
};

/** Every cross-source pair scored as align.ts defines the score, for the candidates to match. */
function scoreEveryPair(
  sentences: readonly SentenceTerms[],
  vocab: Vocabulary,
  story: number[][],
): Map<number, number> {
  const n = sentences.length;
  const keys = sentences.map((s) => keysOf(s, vocab));
  const anchors = sentences.map((s) => anchorsOf(s, vocab));
  const scored = new Map<number, number>();
  sentences.forEach((s, i) => {
    sentences.forEach((t, j) => {
      if (j <= i || s.source === t.source) return;
      const sim = similarity(s, t, vocab);
      const anchored =
        anchors[i]!.length === 0 ||
        anchors[j]!.length === 0 ||
        anchors[i]!.some((k) => keys[j]!.includes(k)) ||
        anchors[j]!.some((k) => keys[i]!.includes(k))
          ? sim
          : sim * DEFAULTS.anchorMismatch;
      const score = anchored * (story[s.source]?.[t.source] ?? 0);
      if (score >= DEFAULTS.softThreshold) scored.set(i * n + j, score);
    });
  });
  return scored;
}

describe("candidate search agrees with comparing everything", () => {
  const sets = corpora();

  it.each(sets)("alignment scores: %s", (name, inputs) => {
    const { all, vocab } = analyse(inputs);
    const terms = all.map((s) => s.terms);
    const sources = Math.max(...terms.map((t) => t.source)) + 1;
    const story = Array.from({ length: sources }, (_, a) =>
      Array.from({ length: sources }, (_, b) =>
        a === b ? 1 : storyConfidence(terms, a, b, [0.06, 0.15], [0.2, 0.4]),
      ),
    );
    // No key reaches the posting caps in these inputs, so the search must be exact.
    const found = scoreCandidates(
      terms,
      { ...DEFAULTS, maxKeyShare: 1, maxKeySentences: Infinity },
      story,
    );
    const n = terms.length;
    const fast = new Map<number, number>();
    for (let x = 0; x < found.length; x++) {
      // Each pair once, its first sentence first.
      expect(found.a[x]).toBeLessThan(found.b[x]!);
      expect(fast.has(found.a[x]! * n + found.b[x]!)).toBe(false);
      fast.set(found.a[x]! * n + found.b[x]!, found.score[x]!);
    }
    const slow = scoreEveryPair(terms, vocab, story);
    // Look-alike events are kept apart before any sentence is scored.
    if (name !== "lookalike") expect(slow.size).toBeGreaterThan(0);
    // The same pairs, with the same scores up to the order of a float sum.
    expect([...fast.keys()].sort((x, y) => x - y)).toEqual([...slow.keys()].sort((x, y) => x - y));
    for (const [key, score] of slow) expect(fast.get(key)).toBeCloseTo(score, 12);
  });

  it.each(sets)("name folding in the vocabulary: %s", (_, inputs) => {
    const { all } = analyse(inputs);
    const sentences = all.map((s) => ({ source: s.terms.source, tokens: s.terms.tokens }));
    const fast = buildVocabulary(sentences);
    const slow = buildVocabulary(sentences, { exhaustive: true });
    const tokens = sentences.flatMap((s) => s.tokens);
    expect(tokens.map(fast.keyOf)).toEqual(tokens.map(slow.keyOf));
  });

  it.each(sets)("quote matches: %s", (_, inputs) => {
    const { docs, pairs, vocab } = analyse(inputs);
    const found = docs.flatMap((d) => findQuotes(d));
    const fast = matchQuotes(found, docs, pairs, vocab);
    expect(fast.map((q) => q.quote)).toEqual(
      matchQuotes(found, docs, pairs, vocab, { exhaustive: true }).map((q) => q.quote),
    );
  });

  it.each(sets)("name variants: %s", (_, inputs) => {
    const { docs, pairs } = analyse(inputs);
    expect(findVariants(docs, pairs)).toEqual(findVariants(docs, pairs, { exhaustive: true }));
  });

  it("name variants, for names respelled every way the variants stage knows", () => {
    const syllable = fc.constantFrom(
      "ka",
      "ha",
      "mid",
      "ri",
      "so",
      "lu",
      "qas",
      "dja",
      "el",
      "ni",
      "ph",
      "ou",
      "ss",
      "y",
    );
    const word = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((s) => s.join(""));
    const name = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    // One edit of each kind: insert, delete, swap, double, vowel change, q/k, al- prefix.
    const respell = (w: string, op: number, at: number): string => {
      const i = at % Math.max(1, w.length - 1);
      switch (op) {
        case 0:
          return w.slice(0, i) + "e" + w.slice(i);
        case 1:
          return w.length > 5 ? w.slice(0, i) + w.slice(i + 1) : w + "h";
        case 2:
          return w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2);
        case 3:
          return w.slice(0, i) + (w[i] ?? "") + w.slice(i);
        case 4:
          return w.replace(/[aeiou]/, "o");
        case 5:
          return w.replace(/[kq]/i, (c) =>
            c === "k" ? "q" : c === "K" ? "Q" : c === "q" ? "k" : "K",
          );
        default:
          return `Al-${w}`;
      }
    };
    fc.assert(
      fc.property(name, name, fc.nat(6), fc.nat(20), fc.boolean(), (first, last, op, at, full) => {
        const other = respell(last, op, at);
        const text = (n: string) =>
          [
            `${full ? `${first} ${n}` : n} wins the vote`,
            `${first} ${n} said on Monday that the new dam on the river would open in May.`,
            `${n} told reporters the dam was safe.`,
          ].join("\n\n");
        const { docs, pairs, all } = analyse([
          { name: "A", text: text(last) },
          { name: "B", text: text(other) },
        ]);
        expect(findVariants(docs, pairs)).toEqual(findVariants(docs, pairs, { exhaustive: true }));
        const sentences = all.map((s) => ({ source: s.terms.source, tokens: s.terms.tokens }));
        const tokens = sentences.flatMap((s) => s.tokens);
        expect(tokens.map(buildVocabulary(sentences).keyOf)).toEqual(
          tokens.map(buildVocabulary(sentences, { exhaustive: true }).keyOf),
        );
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
