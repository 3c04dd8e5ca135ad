import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldStems } from "./vocabulary.ts";

/**
 * The clipped-form rule as first written: stems of plain letters in code-unit order, each base of
 * five letters or more (not folded itself) claiming the longer stems that begin with it and are
 * not claimed yet. foldStems must give the same map without the sort.
 */
function referenceFold(stems: ReadonlySet<string>): Map<string, string> {
  const fold = new Map<string, string>();
  const derivation = /^(?:n|an|ian|ean|ese|i|ish)$/;
  for (const stem of stems) {
    for (let cut = 1; cut <= 3 && stem.length - cut >= 3; cut++) {
      const base = stem.slice(0, -cut);
      if (derivation.test(stem.slice(-cut)) && (stems.has(base) || stems.has(base + "a"))) {
        fold.set(stem, stems.has(base) ? base : base + "a");
        break;
      }
    }
  }
  const sorted = [...stems].filter((x) => /^[a-z]+$/.test(x)).sort();
  for (let i = 0; i < sorted.length; i++) {
    const base = sorted[i] ?? "";
    if (base.length < 5 || fold.has(base)) continue;
    for (let j = i + 1; j < sorted.length && (sorted[j] ?? "").startsWith(base); j++) {
      const longer = sorted[j] ?? "";
      if (longer.length >= base.length + 2 && !fold.has(longer)) fold.set(longer, base);
    }
  }
  return fold;
}

const sortedEntries = (m: Map<string, string>) =>
  [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe("foldStems", () => {
  it("folds derivations and clipped forms into the shorter stem", () => {
    const fold = foldStems(
      new Set(["kenya", "kenyan", "rehab", "rehabilit", "treat", "treatment"]),
    );
    expect(fold.get("kenyan")).toBe("kenya");
    expect(fold.get("rehabilit")).toBe("rehab");
    expect(fold.get("treatment")).toBe("treat");
    expect(fold.has("kenya")).toBe(false);
    expect(fold.has("rehab")).toBe(false);
  });

  it("takes the shortest prefix that is not folded itself", () => {
    // "abcdefg" folds into "abcde", so "abcdefghij" skips it for "abcde" as well.
    const fold = foldStems(new Set(["abcde", "abcdefg", "abcdefghij"]));
    expect(fold.get("abcdefg")).toBe("abcde");
    expect(fold.get("abcdefghij")).toBe("abcde");
    // A prefix that is folded (a derivation) claims nothing.
    const derived = foldStems(new Set(["kenya", "kenyan", "kenyanese"]));
    expect(derived.get("kenyan")).toBe("kenya");
    expect(derived.get("kenyanese")).toBe("kenyan");
  });

  it("gives the map the sorted reference gives, on stems full of shared prefixes", () => {
    // Stems built as a short root of two letters and an ending: they share long prefixes often,
    // and the endings include the derivation suffixes. A capital or digit in the root keeps a
    // stem out of clipping, as the reference's /^[a-z]+$/ does.
    const root = fc.string({
      unit: fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom("a", "b") },
        { weight: 1, arbitrary: fc.constantFrom("A", "1") },
      ),
      minLength: 3,
      maxLength: 6,
    });
    const ending = fc.constantFrom("", "", "a", "b", "ab", "ba", "bab", "abba", "babab", "n", "an");
    const more = fc.constantFrom("", "", "i", "ian", "ean", "ese", "ish", "ab", "s");
    const stem = fc.tuple(root, ending, more).map(([r, e, m]) => r + e + m);
    let clipped = 0;
    let derived = 0;
    fc.assert(
      fc.property(fc.uniqueArray(stem, { minLength: 20, maxLength: 80, size: "max" }), (list) => {
        const stems = new Set(list);
        const fold = foldStems(stems);
        expect(sortedEntries(fold)).toEqual(sortedEntries(referenceFold(stems)));
        for (const [from, to] of fold) {
          if (from.startsWith(to) && from.length >= to.length + 2 && to.length >= 5) clipped++;
          else derived++;
        }
      }),
      { numRuns: 2000, seed: 11 },
    );
    // The runs did exercise both rules, many times.
    expect(clipped).toBeGreaterThan(1000);
    expect(derived).toBeGreaterThan(1000);
  });
});
