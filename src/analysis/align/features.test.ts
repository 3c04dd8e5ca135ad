import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { FEATURES, PairScratch, probability } from "./features.ts";
import { sentenceTerms } from "./similarity.ts";
import { readWordVectors, type WordVectors } from "./vectors.ts";
import { buildVocabulary } from "./vocabulary.ts";

const shipped = readWordVectors(readFileSync(new URL("./data/vectors.bin", import.meta.url)));

/** The features of the first sentence against the second, by name. */
function featuresOf(a: string, b: string, vectors?: WordVectors): Record<string, number> {
  const sentences = [
    { source: 0, tokens: tokenize(a) },
    { source: 1, tokens: tokenize(b) },
  ];
  const vocab = buildVocabulary(sentences);
  const [s, t] = sentences.map((x) => sentenceTerms(x.source, x.tokens, vocab, vectors));
  let keys = 0;
  for (const x of [s!, t!]) for (const id of x.ids) keys = Math.max(keys, id + 1);
  const out = new Float64Array(FEATURES.length);
  new PairScratch(keys, 2).features(0, s!, 1, t!, 1, false, out, 0);
  return Object.fromEntries(FEATURES.map((f, k) => [f, out[k]!]));
}

describe("pair features", () => {
  it("gives identical sentences full similarity and no conflict", () => {
    const f = featuresOf(
      "Rescuers found 12 survivors in Lagos.",
      "Rescuers found 12 survivors in Lagos.",
    );
    expect(f["lexical"]).toBeCloseTo(1);
    expect(f["coverageMin"]).toBeCloseTo(1);
    expect(f["numberConflict"]).toBe(0);
    expect(f["anchorConflict"]).toBe(0);
    expect(f["negation"]).toBe(0);
    expect(f["lengthRatio"]).toBe(1);
  });

  it("sees numbers that differ, names that conflict and negation", () => {
    const f = featuresOf(
      "Rescuers found 12 survivors in Lagos.",
      "Rescuers found 40 survivors in Accra.",
    );
    expect(f["numberConflict"]).toBe(1);
    expect(f["anchorConflict"]).toBe(1);
    expect(featuresOf("The mayor resigned.", "The mayor has not resigned.")["negation"]).toBe(1);
  });

  it("covers a short sentence inside a long one on one side only", () => {
    const f = featuresOf(
      "The mayor resigned.",
      "The mayor resigned on Tuesday after weeks of protests over the budget.",
    );
    expect(f["coverageMax"]).toBeCloseTo(1);
    expect(f["coverageMin"]).toBeLessThan(0.5);
  });

  it("counts the content words one sentence has and the other lacks, on each side", () => {
    const same = featuresOf("The mayor resigned.", "The mayor resigned.");
    expect(same["unsharedMin"]).toBe(0);
    expect(same["unsharedMax"]).toBe(0);
    expect(same["unsharedInformationMax"]).toBe(0);
    // "budget" on one side; "tuesday" and "protests" on the other ("over", "on" and "after" are
    // stopwords): 1 and 2 words, n / (n + 3).
    const f = featuresOf(
      "The mayor resigned over the budget.",
      "The mayor resigned on Tuesday after protests.",
    );
    expect(f["unsharedMin"]).toBeCloseTo(1 / 4);
    expect(f["unsharedMax"]).toBeCloseTo(2 / 5);
    // Without word vectors every word tells as much.
    expect(f["unsharedInformationMin"]).toBeCloseTo(f["unsharedMin"]!);
  });

  it("counts an extra rare word as more news than an extra common one", () => {
    const base = "The mayor resigned on Tuesday.";
    const common = featuresOf(base, "The mayor also resigned on Tuesday, officials said.", shipped);
    const rare = featuresOf(
      base,
      "The mayor resigned on Tuesday amid embezzlement allegations.",
      shipped,
    );
    expect(common["unsharedMax"]).toBeCloseTo(rare["unsharedMax"]!);
    expect(common["unsharedInformationMax"]).toBeLessThan(rare["unsharedInformationMax"]!);
    expect(rare["unsharedInformationMin"]).toBe(0);
  });

  it("turns features into a probability with the model's weights", () => {
    const features = new Float64Array([1, 0]);
    expect(probability({ bias: 0, weights: [0, 0] }, features, 0)).toBe(0.5);
    expect(probability({ bias: -1, weights: [3, 0] }, features, 0)).toBeGreaterThan(0.8);
  });
});
