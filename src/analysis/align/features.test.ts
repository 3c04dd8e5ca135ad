import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { FEATURES, PairScratch, probability } from "./features.ts";
import { sentenceTerms } from "./similarity.ts";
import { buildVocabulary } from "./vocabulary.ts";

/** The features of the first sentence against the second, by name. */
function featuresOf(a: string, b: string): Record<string, number> {
  const sentences = [
    { source: 0, tokens: tokenize(a) },
    { source: 1, tokens: tokenize(b) },
  ];
  const vocab = buildVocabulary(sentences);
  const [s, t] = sentences.map((x) => sentenceTerms(x.source, x.tokens, vocab));
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

  it("turns features into a probability with the model's weights", () => {
    const features = new Float64Array([1, 0]);
    expect(probability({ bias: 0, weights: [0, 0] }, features, 0)).toBe(0.5);
    expect(probability({ bias: -1, weights: [3, 0] }, features, 0)).toBeGreaterThan(0.8);
  });
});
