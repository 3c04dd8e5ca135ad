import { describe, expect, it } from "vitest";
import {
  threeSources,
  twoSources,
  TEXT_A,
  TEXT_B,
} from "../../../comparison/__fixtures__/two-sources.ts";
import { alignmentNumbers } from "../../../comparison/alignment-numbers.ts";
import { buildColumn } from "./column-blocks.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { explainMark, explainUnique } from "../../../comparison/explain-mark.ts";
import { DEFAULT_VISIBILITY } from "../../../comparison/layers.ts";
import { buildMarks, isMarkVisible, marksBySentence } from "../../../comparison/marks.ts";
import { partnerAcross, stepSentence } from "./navigation.ts";
import { activePairDiff, pairDiff, variantAtoms } from "./pair-diff.ts";
import { sentenceRuns } from "./sentence-runs.ts";
import { attributionsBySentence } from "../../../comparison/who-said-what.ts";
import type { Rich } from "../../../comparison/wording.ts";

const plain = (rich: Rich): string => rich.map((p) => (typeof p === "string" ? p : p.em)).join("");
const index = indexComparison(twoSources);
const marks = buildMarks(index);

describe("comparison index", () => {
  it("finds partners across sources and unique body sentences", () => {
    expect(index.partners("A.1")).toEqual(["B.3"]);
    expect(index.partners("B.2")).toEqual(["A.3"]);
    expect(index.isUnique("A.2")).toBe(true);
    expect(index.isUnique("B.4")).toBe(true);
    expect(index.isUnique("B.0")).toBe(false); // a label, not reported content
    expect(index.isUnique("A.1")).toBe(false);
  });

  it("locates sentences by offset", () => {
    expect(index.sentenceAt("A", TEXT_A.indexOf("slammed"))?.id).toBe("A.2");
    expect(index.sentenceAt("A", 0)).toBeUndefined(); // removed chrome
  });

  it("orders partners by column with three sources", () => {
    const three = indexComparison(threeSources);
    expect(three.partners("A.1")).toEqual(["B.3", "C.1"]);
    expect(three.partners("C.1")).toEqual(["A.1", "B.3"]);
  });
});

describe("marks", () => {
  it("derives one layer per quote from what the other source does with it", () => {
    const quoteLayers = marks.filter((m) => m.kind === "quote").map((m) => [m.quote.id, m.layer]);
    expect(quoteLayers).toEqual([
      ["A.q0", "quote-paraphrased"],
      ["A.q1", "quote-shared"],
    ]);
  });

  it("marks the matched words in the other source", () => {
    const echoes = marks.filter((m) => m.kind === "quote-echo");
    expect(echoes.map((m) => [m.source, TEXT_B.slice(m.start, m.end), m.layer])).toEqual([
      ["B", "will not ask anyone for approval", "quote-paraphrased"],
      ["B", "alarmist", "quote-shared"],
    ]);
  });

  it("hides marks of switched-off layers and categories", () => {
    const off = {
      ...DEFAULT_VISIBILITY,
      framing: { ...DEFAULT_VISIBILITY.framing, loaded: false },
    };
    const visible = marks.filter((m) => isMarkVisible(m, off));
    expect(visible.some((m) => m.kind === "framing" && m.framing.category === "loaded")).toBe(
      false,
    );
    expect(visible.some((m) => m.kind === "framing" && m.framing.category === "attribution")).toBe(
      true,
    );
  });

  it("groups marks under the sentences they touch", () => {
    const bySentence = marksBySentence(index, marks);
    expect(bySentence.get("A.2")?.map((m) => m.kind)).toEqual(["framing"]);
  });
});

describe("sentence runs", () => {
  it("covers the sentence exactly and clusters overlapping marks", () => {
    const located = index.sentence("A.3")!;
    const runs = sentenceRuns(located.sentence, marksBySentence(index, marks).get("A.3") ?? []);
    expect(runs.map((r) => TEXT_A.slice(r.start, r.end)).join("")).toBe(
      TEXT_A.slice(located.sentence.start, located.sentence.end),
    );
    const alarmist = runs.find(
      (r) => r.kind === "cluster" && TEXT_A.slice(r.start, r.end) === "alarmist",
    );
    expect(alarmist?.kind === "cluster" && alarmist.marks.map((m) => m.kind).sort()).toEqual([
      "framing",
      "quote",
    ]);
  });

  it("splits parts at diff boundaries", () => {
    const s = index.sentence("A.2")!.sentence;
    const runs = sentenceRuns(s, [], [{ start: s.start, end: s.start + 9 }]);
    expect(runs[0]?.parts.map((p) => p.diff)).toEqual([true, false]);
  });

  it("marks the attribution's cue and speaker words of a sentence, inside marks too", () => {
    const said = attributionsBySentence(index).get("A.1");
    expect(said?.saidBy).toEqual([{ speaker: "Anna Petrova", cue: "said" }]);
    const s = index.sentence("A.1")!.sentence;
    const runs = sentenceRuns(s, marksBySentence(index, marks).get("A.1") ?? [], [], said?.spans);
    // The name is cut by its two variant marks; read back, the lit words are whole.
    const lit = runs.flatMap((r) => r.parts).filter((p) => p.said);
    const words = (role: string) =>
      lit
        .filter((p) => p.said === role)
        .map((p) => TEXT_A.slice(p.start, p.end))
        .join("");
    expect([words("speaker"), words("cue")]).toEqual(["Anna Petrova", "said"]);
  });
});

describe("word diff", () => {
  const atoms = variantAtoms(marks);

  it("treats name variants as equal", () => {
    const diff = pairDiff(index, atoms, "A.3", "B.2");
    const onlyA = diff.first.map((s) => TEXT_A.slice(s.start, s.end));
    expect(onlyA.join(" ")).not.toMatch(/Petrova/);
    const onlyB = diff.second.map((s) => TEXT_B.slice(s.start, s.end));
    expect(onlyB.join(" ")).not.toMatch(/Petrowa/);
    expect(onlyB.join(" ")).toMatch(/rejected/);
  });

  it("marks differences on both sides of the active pair", () => {
    const ranges = activePairDiff(index, atoms, "A.1", 1);
    expect([...ranges.keys()].sort()).toEqual(["A.1", "B.3"]);
    expect(ranges.get("B.3")?.length).toBeGreaterThan(0);
  });

  it("leaves loose paraphrases to the pair view", () => {
    expect(activePairDiff(index, atoms, "A.1").size).toBe(0);
  });
});

describe("explanations", () => {
  it("names both spellings of a variant and says how they differ", () => {
    const mark = marks.find(
      (m) => m.kind === "variant" && m.source === "B" && m.group.id === "v0",
    )!;
    const text = plain(explainMark(index, mark).summary);
    expect(text).toBe(
      "Harbour Wire writes Petrowa, The Northern Ledger Petrova: the same name, transliterated differently.",
    );
  });

  it("says when a framing word has no counterpart and why", () => {
    const mark = marks.find(
      (m) => m.kind === "framing" && TEXT_A.slice(m.start, m.end) === "slammed",
    )!;
    const explanation = explainMark(index, mark);
    expect(explanation.title).toBe("Loaded word");
    expect(explanation.absences.map(plain)).toEqual([
      "Harbour Wire has no counterpart: it does not report this sentence.",
    ]);
  });

  it("links a framing word to the counterpart wording", () => {
    const mark = marks.find(
      (m) => m.kind === "framing" && TEXT_A.slice(m.start, m.end) === "called",
    )!;
    const [link] = explainMark(index, mark).counterparts;
    expect(link).toMatchObject({
      sourceName: "Harbour Wire",
      excerpt: "rejected",
      target: { sentenceId: "B.2" },
    });
  });

  it("explains a paraphrased quote with its counterpart", () => {
    const mark = marks.find((m) => m.kind === "quote" && m.quote.id === "A.q0")!;
    const explanation = explainMark(index, mark);
    expect(explanation.title).toBe("Paraphrased quote");
    expect(plain(explanation.reason)).toContain(
      "Harbour Wire makes the same point only in its own words",
    );
    expect(explanation.counterparts[0]?.excerpt).toBe("will not ask anyone for approval");
  });

  it("explains unique content", () => {
    expect(explainUnique(index, "B.4").title).toBe("Only in Harbour Wire");
  });
});

describe("layout and navigation", () => {
  it("puts the headline apart and interleaves removed chrome by offset", () => {
    const column = buildColumn(twoSources.sources[0]!);
    expect(column.headlineSentences.map((s) => s.id)).toEqual(["A.0"]);
    expect(column.blocks.map((b) => b.kind)).toEqual([
      "removed",
      "paragraph",
      "paragraph",
      "paragraph",
      "removed",
    ]);
  });

  it("numbers alignments in reading order", () => {
    const numbers = alignmentNumbers(index);
    expect(numbers.get("A.0")).toEqual([1]);
    expect(numbers.get("B.3")).toEqual(numbers.get("A.1"));
  });

  it("steps through aligned sentences and across to partners", () => {
    expect(stepSentence(index, undefined, 1)).toBe("A.0");
    expect(stepSentence(index, "A.1", 1)).toBe("A.3"); // skips the unique A.2
    expect(stepSentence(index, "A.3", -1)).toBe("A.1");
    expect(partnerAcross(index, "A.3", 1)).toBe("B.2");
    expect(partnerAcross(index, "B.2", -1)).toBe("A.3");
    expect(partnerAcross(index, "A.3", -1)).toBeUndefined();
  });
});
