import { describe, expect, it } from "vitest";
import { threeSources, twoSources } from "./__fixtures__/two-sources.ts";
import { indexComparison } from "./comparison-index.ts";
import { coveragePhrase, sentenceCoverage } from "./coverage.ts";

describe("which sources carry a sentence", () => {
  it("says 'in X and Y but not Z' with three or more sources", () => {
    const index = indexComparison(threeSources);
    expect(coveragePhrase(sentenceCoverage(index, "A.1"))).toBe("In all three sources");
    expect(coveragePhrase(sentenceCoverage(index, "A.3"))).toBe(
      "In The Northern Ledger and Harbour Wire but not Metro Daily",
    );
    expect(coveragePhrase(sentenceCoverage(index, "A.2"))).toBe("Only in The Northern Ledger");
    // Partners light up in every column the group reaches.
    expect(index.partners("B.3")).toEqual(["A.1", "C.1"]);
  });

  it("joins more than one missing source with 'or'", () => {
    const index = indexComparison(twoSources);
    const [a, b] = index.sources;
    expect(
      coveragePhrase({
        present: [a!, b!],
        absent: [
          { ...a!, name: "C" },
          { ...b!, name: "D" },
        ],
      }),
    ).toBe("In The Northern Ledger and Harbour Wire but not C or D");
  });
});
