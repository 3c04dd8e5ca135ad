import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { compare } from "../analysis/compare.ts";
import { comparisonQueryKey } from "../worker/analysis-query.ts";
import { ANALYSIS_OPTIONS } from "../worker/budget.ts";
import { loadSeeds } from "./seeds.ts";
import { primeShippedComparisons } from "./shipped-comparisons.ts";

const seeds = loadSeeds();
if (!seeds.ok) throw new Error(seeds.error);
const seed = seeds.value[0]!;
const key = comparisonQueryKey(seed.inputs, ANALYSIS_OPTIONS);

describe("build-time results of the shipped comparisons", () => {
  it("are cached under the key the comparison page asks for", () => {
    const client = new QueryClient();
    const result = compare(seed.inputs);
    expect(primeShippedComparisons(client, [seed], { [seed.id]: result })).toBe(1);
    expect(client.getQueryData(key)).toBe(result);
  });

  it("are ignored when made from other texts or by another engine version", () => {
    const client = new QueryClient();
    const result = compare(seed.inputs);
    const otherText = {
      ...result,
      sources: result.sources.map((s, k) => (k === 0 ? { ...s, text: `${s.text} ` } : s)),
    };
    const otherEngine = { ...result, meta: { hitBudget: false, engine: "0.0.0-old" } };
    expect(primeShippedComparisons(client, [seed], { [seed.id]: otherText })).toBe(0);
    expect(primeShippedComparisons(client, [seed], { [seed.id]: otherEngine })).toBe(0);
    expect(primeShippedComparisons(client, [seed], { [seed.id]: { schema: "nonsense" } })).toBe(0);
    expect(client.getQueryData(key)).toBeUndefined();
  });
});
