import { describe, expect, it } from "vitest";
import { withFacts } from "../../../comparison/__fixtures__/facts.ts";
import { twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { factCandidates } from "./fact-questions.ts";

describe("questions about facts that differ", () => {
  it("asks which figure to trust and how to check, contradictions first", () => {
    const questions = factCandidates(indexComparison(withFacts)).map((c) => c.question);
    expect(questions.map((q) => q.kind)).toEqual(["fact", "fact", "fact"]);
    expect(questions[0]?.text).toBe(
      "Tarvel Courier says “on Friday” and Coastal Wire says “14 June”. Which would you trust, and how would you check?",
    );
    expect(questions.at(-1)?.text).toContain("Can both be true?");
    expect(questions[0]?.passages.map((p) => p.source)).toEqual(["A", "B"]);
  });

  it("asks nothing when the reports agree on every figure", () => {
    expect(factCandidates(indexComparison(twoSources))).toEqual([]);
  });
});
