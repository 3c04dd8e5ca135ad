import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens.ts";
import { WORDING_FEATURES, WordingScratch } from "./wording.ts";

/** The wording features of two sentences, in order. */
function wordingOf(a: string, b: string): number[] {
  const out = new Float64Array(WORDING_FEATURES);
  new WordingScratch(2).features(0, tokenize(a), 1, tokenize(b), out, 0);
  return Array.from(out);
}

describe("wording features", () => {
  it("gives identical sentences full overlap and no edits", () => {
    const s = "The council approved the budget on Monday.";
    expect(wordingOf(s, s)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  it("counts stopwords and word order, which content keys ignore", () => {
    const [uniMin, uniMax, biMin, biMax, triMin, , edit] = wordingOf(
      "The budget was approved by the council.",
      "The council approved the budget.",
    );
    expect(uniMax).toBe(1);
    expect(uniMin).toBeCloseTo(5 / 7);
    expect(biMin).toBeLessThan(biMax!);
    expect(triMin).toBe(0);
    expect(edit).toBeGreaterThan(0.4);
  });

  it("counts a repeated word once for each time both sides use it", () => {
    const [uniMin, uniMax] = wordingOf("the cat and the dog", "the cat and a dog");
    expect(uniMin).toBeCloseTo(4 / 5);
    expect(uniMax).toBeCloseTo(4 / 5);
  });

  it("gives an empty sentence no overlap and every word to insert", () => {
    expect(wordingOf("", "The council met.")).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it("measures the edit distance of short and long sentences alike", () => {
    const words = ["rain", "fell", "on", "the", "city", "for", "two", "days"];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const sentence = (n: number) =>
      Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(" ");
    for (let k = 0; k < 200; k++) {
      const a = sentence(Math.floor(random() * 45));
      const b = sentence(Math.floor(random() * 45));
      const x = tokenize(a).map((t) => t.stem);
      const y = tokenize(b).map((t) => t.stem);
      const longer = Math.max(x.length, y.length);
      const edit = wordingOf(a, b)[6]!;
      expect(longer > 0 ? Math.round(edit * longer) : 0).toBe(levenshtein(x, y));
    }
  });
});

/** The textbook edit distance, for reference. */
function levenshtein(a: readonly string[], b: readonly string[]): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}
