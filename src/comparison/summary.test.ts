import { describe, expect, it } from "vitest";
import { threeSources, twoSources } from "./__fixtures__/two-sources.ts";
import { indexComparison } from "./comparison-index.ts";
import { framingWords, partialCoverage, uniqueContent } from "./summary.ts";

const index = indexComparison(twoSources);

describe("summary", () => {
  it("lists attribution verbs and loaded words by voice", () => {
    expect(framingWords(index, "B", (c) => c === "attribution").map((w) => w.word)).toEqual([
      "rejected",
    ]);
    const loaded = framingWords(index, "A", (c) => c !== "attribution");
    expect(loaded.map((w) => [w.word, w.voice])).toEqual([
      ["slammed", "narrator"],
      ["alarmist", "quoted"],
    ]);
  });

  it("lists unique sentences with links", () => {
    expect(uniqueContent(index, "B").map((l) => l.place.sentenceId)).toEqual(["B.4"]);
  });
});

describe("partial coverage", () => {
  it("groups what two of three sources carry, by which ones", () => {
    const index = indexComparison(threeSources);
    const groups = partialCoverage(index);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.present).toEqual(["A", "B"]);
    expect(groups[0]?.absent).toEqual(["C"]);
    expect(groups[0]?.lines.map((l) => l.place.sentenceId)).toEqual(["A.3"]);
    expect(partialCoverage(indexComparison(twoSources))).toEqual([]);
  });
});
