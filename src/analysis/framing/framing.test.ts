import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";
import type { Comparison } from "../types.ts";

const marksOf = (c: Comparison) =>
  c.framing.map((f) => {
    const text = (id: string) => c.sources.find((s) => s.id === id)?.text ?? "";
    const counterpart = f.counterpart
      ? ` ~ ${text(f.counterpart.source).slice(f.counterpart.start, f.counterpart.end)}`
      : "";
    return `${f.source} ${text(f.source).slice(f.start, f.end)} [${f.category}, ${f.voice}]${counterpart}`;
  });

describe("framing", () => {
  it("marks attribution verbs, hedges, labels and coinages with their voice and counterpart", () => {
    const a = [
      "Minister defends dam project",
      "Energy minister Rosa Pell admitted on Friday that the Kessel dam would flood two villages.",
      'She dismissed the protest as "fearmongering by outsiders."',
      "The rebels allegedly cut power lines in the north.",
    ].join("\n\n");
    const b = [
      "Minister speaks on dam project",
      "Energy minister Rosa Pell said on Friday that the Kessel dam would flood two villages.",
      "Militants cut power lines in the north, police said.",
    ].join("\n\n");
    const marks = marksOf(
      compare([
        { name: "A", text: a },
        { name: "B", text: b },
      ]),
    );
    expect(marks).toContain("A admitted [attribution, narrator] ~ said");
    expect(marks.some((m) => m.startsWith("A dismissed [attribution, narrator]"))).toBe(true);
    // "the protest" is a label (protest / riot), never a reporting noun.
    expect(marks.some((m) => m.startsWith("A protest [attribution"))).toBe(false);
    expect(marks).toContain("A fearmongering [loaded, quoted]");
    expect(marks).toContain("A allegedly [hedge, narrator]");
    expect(marks.some((m) => m.startsWith("A rebels [label, narrator]"))).toBe(true);
    // The neutral "said" is a counterpart, never a mark of its own.
    expect(marks.some((m) => m.startsWith("B said"))).toBe(false);
  });

  it("leaves a mild label both reports use to name one thing unmarked, and marks a different choice", () => {
    const same = "The senator courted moderate voters in the suburbs on Monday.";
    const other = "The senator courted reformist voters in the suburbs on Monday.";
    const shared = compare([
      { name: "A", text: same },
      { name: "B", text: same },
    ]);
    expect(marksOf(shared)).toEqual([]);
    const contrast = compare([
      { name: "A", text: same },
      { name: "B", text: other },
    ]);
    expect(marksOf(contrast)).toEqual([
      "A moderate [label, narrator] ~ reformist",
      "B reformist [label, narrator] ~ moderate",
    ]);
  });

  it("does not read a name as a word (a Mr Find is not a reporting verb)", () => {
    const text =
      "Lorry driver Joaquin Restrepo-Find, 47, was rescued from the water on Friday morning.";
    const c = compare([
      { name: "A", text },
      { name: "B", text },
    ]);
    expect(marksOf(c)).toEqual([]);
  });

  it("stays selective on plain wire copy", () => {
    const wire = [
      "Parliament passes budget",
      "Parliament passed the 2026 budget on Thursday by 112 votes to 94, the speaker's office said.",
      "The budget raises spending on schools by 4 percent and on roads by 2 percent.",
      "The finance minister said the deficit would fall to 2.1 percent of output next year.",
    ].join("\n\n");
    const c = compare([
      { name: "A", text: wire },
      { name: "B", text: wire },
    ]);
    expect(c.framing).toEqual([]);
  });
});

/*
 * The lexicon index matches through a probe per written form, compiled candidates and lazily
 * asked context tests; these tests hold it to the direct matching it replaced (kept below as
 * written then), token by token, on real text and on sentences made to hit every branch.
 */
