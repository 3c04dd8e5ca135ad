import { describe, expect, it } from "vitest";
import { threeSources, twoSources } from "./__fixtures__/two-sources.ts";
import { indexComparison } from "./comparison-index.ts";
import { buildMarks } from "./marks.ts";
import { framingWords, partialCoverage, quotedSpeakers, uniqueContent } from "./summary.ts";

const index = indexComparison(twoSources);
const marks = buildMarks(index);

describe("summary", () => {
  it("joins one speaker spelled two ways and tells direct from paraphrased", () => {
    const rows = quotedSpeakers(index, marks);
    const petrova = rows.find((r) => r.label.includes("Petrova"));
    expect(petrova?.label).toBe("Petrova / Petrowa");
    expect(rows).toHaveLength(1); // "Anna Petrova" and "Petrova" are one speaker
    expect(petrova?.cells[0]?.direct).toHaveLength(2);
    expect(petrova?.cells[1]?.direct).toHaveLength(0);
  });

  it("credits a paraphrase to the source that paraphrases", () => {
    const [row] = quotedSpeakers(index, marks);
    expect(row?.cells[1]?.paraphrased.map((p) => p.sentenceId)).toEqual(["B.3"]);
  });

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
