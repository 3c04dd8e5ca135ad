import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare, type Progress } from "./compare.ts";

const seed = ["moscow-times", "ifp"].map((f) => ({
  name: f,
  text: readFileSync(new URL(`../../seeds/${f}.txt`, import.meta.url), "utf8"),
}));

/** A clock that moves one millisecond each time it is read, so budgets run out deterministically. */
function tickingClock(): () => number {
  let t = 0;
  return () => ++t;
}

describe("time budget and progress", () => {
  it("gives the same result with a budget that is not reached as without one", () => {
    const plain = compare(seed);
    expect(plain.meta).toEqual({ hitBudget: false, engine: plain.meta?.engine });
    expect(compare(seed, { budget: { now: tickingClock(), ms: 1e9 } })).toEqual(plain);
  });

  it("with the budget spent at once, keeps the sources and says every later stage is missing", () => {
    const plain = compare(seed);
    const cut = compare(seed, { budget: { now: tickingClock(), ms: 0 } });
    expect(cut.sources).toEqual(plain.sources);
    expect(cut.meta?.hitBudget).toBe(true);
    expect(cut.meta?.incomplete).toEqual(["alignment", "quotes", "variants", "framing", "facts"]);
    expect([cut.quotes, cut.variants, cut.framing, cut.facts]).toEqual([[], [], [], []]);
    // Only what the headline-and-lead rule pairs without comparing words remains.
    expect(cut.alignments.length).toBeLessThan(plain.alignments.length);
  });

  it("skips only the stages that start after the budget runs out", () => {
    // Count clock reads in a full run, then allow all but the last few: the last stages go.
    let reads = 0;
    compare(seed, { budget: { now: () => ++reads, ms: 1e9 } });
    const cut = compare(seed, { budget: { now: tickingClock(), ms: reads - 4 } });
    expect(cut.meta?.incomplete).toEqual(["variants", "framing", "facts"]);
    expect(cut.quotes.length).toBeGreaterThan(0);
    expect([cut.variants, cut.framing, cut.facts]).toEqual([[], [], []]);
  });

  it("reports each stage once, in order, ending with done", () => {
    const seen: Progress[] = [];
    compare(seed, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.stage)).toEqual([
      "reading",
      "alignment",
      "quotes",
      "variants",
      "framing",
      "facts",
      "done",
    ]);
    expect(seen.map((p) => p.step)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(seen.map((p) => p.steps))).toEqual(new Set([7]));
  });
});
