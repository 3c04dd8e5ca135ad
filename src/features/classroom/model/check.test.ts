import { describe, expect, it } from "vitest";
import { at, TEXT_A, TEXT_B, twoSources } from "../../../comparison/__fixtures__/two-sources.ts";
import { checkReading } from "./check.ts";
import { expectedItems, kindsFound } from "./expected.ts";
import { TAG_KINDS, type TagKind } from "./tag-kinds.ts";
import { analysed } from "./test-support.ts";
import type { StudentTag } from "./types.ts";

const pair = analysed("invented pair", twoSources);
const ALL: readonly TagKind[] = TAG_KINDS.map((k) => k.id);
const items = expectedItems(pair.index, pair.marks, ALL);

let n = 0;
function tag(
  source: "A" | "B",
  words: string,
  kind: TagKind,
  occurrence = 0,
  note = "",
): StudentTag {
  const span = at(source === "A" ? TEXT_A : TEXT_B, words, occurrence);
  return { id: `t${++n}`, source, ...span, kind, note, afterCheck: false };
}

const titles = (list: readonly { title: string }[]) => list.map((i) => i.title);

describe("Parallax's items, in the student's kinds", () => {
  it("cover every layer of the comparison", () => {
    expect(kindsFound(items)).toEqual(new Set(ALL.filter((k) => k !== "hedge"))); // it has no hedge
    expect(
      items.find((i) => i.kind === "name" && i.title === "Petrova / Petrowa")?.places,
    ).toHaveLength(4);
    expect(items.find((i) => i.kind === "paraphrase")?.places.map((p) => p.source)).toEqual([
      "A",
      "B",
    ]);
    expect(titles(items.filter((i) => i.kind === "only-here"))).toEqual([
      "Engineers have warned that the structure is unsafe, and critics slammed the delay.",
      "The council also plans a new ferry route.",
    ]);
  });

  it("count a loaded word inside a quotation as findable, never as missed", () => {
    const quoted = items.filter((i) => i.kind === "loaded" && !i.counts);
    expect(quoted.map((i) => [i.places[0]?.source, i.title])).toEqual([["A", "alarmist"]]);
    expect(quoted[0]?.detail).toMatch(/Inside a quotation/);
  });

  it("keep only the kinds in focus", () => {
    const some = expectedItems(pair.index, pair.marks, ["hedge", "name"]);
    expect(new Set(some.map((i) => i.kind))).toEqual(new Set(["name"]));
  });
});

describe("check my reading", () => {
  const tags = [
    tag("A", "slammed", "loaded"),
    tag("A", "critics slammed the delay", "loaded"), // a few words around the mark still point at it
    tag("A", "alarmist", "loaded"), // the speaker's word: a find, though never a miss
    tag("B", "Petrowa", "name", 1), // the second place of the name
    tag(
      "B",
      "Petrowa added that the city will not ask anyone for approval to repair it.",
      "paraphrase",
    ),
    tag("A", "bridge", "hedge", 0, "sounds unsure"), // nothing Parallax marks
    tag(
      "A",
      "Engineers have warned that the structure is unsafe, and critics slammed the delay.",
      "loaded",
    ),
  ];
  const result = checkReading(pair.index, items, tags, ALL);

  it("finds what the tags point at, of the same kind", () => {
    expect(result.found.map((f) => [f.item.kind, f.item.title, f.tags.map((t) => t.id)])).toEqual([
      ["loaded", "slammed", [tags[0]!.id, tags[1]!.id]],
      ["loaded", "alarmist", [tags[2]!.id]],
      ["name", "Petrova / Petrowa", [tags[3]!.id]],
      ["paraphrase", "wait for approval from anyone", [tags[4]!.id]],
    ]);
  });

  it("lists what counts and was not found", () => {
    expect(result.missed.map((m) => `${m.kind}: ${m.title}`)).toEqual([
      "loaded: alarmist",
      "attribution: called",
      "attribution: rejected",
      "name: Anna / Ana",
      "same-quote: alarmist",
      "only-here: Engineers have warned that the structure is unsafe, and critics slammed the delay.",
      "only-here: The council also plans a new ferry route.",
    ]);
  });

  it("keeps the student's own catches, saying what Parallax calls them instead", () => {
    expect(result.own.map((o) => [o.tag.id, o.markedAs])).toEqual([
      [tags[5]!.id, []],
      [tags[6]!.id, ["only-here"]],
    ]);
  });

  it("a whole sentence tagged as a loaded word does not find the word inside it", () => {
    const sentenceTag = tags[6]!;
    expect(result.found.some((f) => f.tags.includes(sentenceTag))).toBe(false);
  });

  it("a tag of the wrong kind finds nothing, and says what the words are", () => {
    const wrong = tag("B", "rejected", "loaded");
    const check = checkReading(pair.index, items, [wrong], ALL);
    expect(check.found).toEqual([]);
    expect(check.own).toEqual([{ tag: wrong, markedAs: ["attribution"] }]);
  });

  it("tallies each kind in focus order", () => {
    expect(result.tally.filter((t) => t.found + t.missed + t.own > 0)).toEqual([
      { kind: "loaded", found: 2, missed: 1, own: 1 },
      { kind: "attribution", found: 0, missed: 2, own: 0 },
      { kind: "hedge", found: 0, missed: 0, own: 1 },
      { kind: "name", found: 1, missed: 1, own: 0 },
      { kind: "same-quote", found: 0, missed: 1, own: 0 },
      { kind: "paraphrase", found: 1, missed: 0, own: 0 },
      { kind: "only-here", found: 0, missed: 2, own: 0 },
    ]);
  });

  it("with no tags, everything that counts is missed and nothing is found", () => {
    const empty = checkReading(pair.index, items, [], ALL);
    expect(empty.found).toEqual([]);
    expect(empty.missed).toHaveLength(items.filter((i) => i.counts).length);
  });
});
