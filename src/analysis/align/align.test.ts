import { describe, expect, it } from "vitest";
import { compare } from "../compare.ts";

/** Aligned pairs as "text A ↔ text B", for readable expectations. */
function pairs(a: string, b: string): string[] {
  const c = compare([
    { name: "A", text: a },
    { name: "B", text: b },
  ]);
  const text = (id: string) => {
    const s = c.sources.find((x) => id.startsWith(`${x.id}.`));
    const sent = s?.sentences.find((x) => x.id === id);
    return s && sent ? s.text.slice(sent.start, sent.end) : id;
  };
  return c.alignments.map((al) => al.sentences.map(text).join(" ↔ "));
}

const A = [
  "Lake Orvel ferry sinks with 40 aboard",
  "A passenger ferry carrying 40 people sank on Lake Orvel on Sunday after striking rocks near the port of Tessin, the coast guard said.",
  "Rescuers pulled 37 survivors from the water and searched overnight for three missing passengers.",
  "The ferry's owner, Nordvik Lines, said the vessel had passed a safety inspection in March.",
  "Local fishermen joined the search at dawn.",
].join("\n\n");

describe("alignSentences (through compare)", () => {
  it("aligns paraphrases and moved content, and leaves unshared sentences alone", () => {
    const b = [
      "Three missing after Lake Orvel ferry accident",
      "Nordvik Lines, which owns the ferry, insisted the boat had passed its March safety inspection.",
      "The ferry, with 40 people on board, went down on Sunday near Tessin after hitting rocks, according to the coast guard.",
      "Thirty-seven survivors were rescued, while three passengers remain missing.",
      "The lake's water temperature was 9C.",
    ].join("\n\n");
    const got = pairs(A, b);
    expect(got).toContain(
      "The ferry's owner, Nordvik Lines, said the vessel had passed a safety inspection in March. ↔ Nordvik Lines, which owns the ferry, insisted the boat had passed its March safety inspection.",
    );
    expect(got).toContain(
      "A passenger ferry carrying 40 people sank on Lake Orvel on Sunday after striking rocks near the port of Tessin, the coast guard said. ↔ The ferry, with 40 people on board, went down on Sunday near Tessin after hitting rocks, according to the coast guard.",
    );
    expect(got.some((p) => p.includes("Local fishermen joined"))).toBe(false);
    expect(got.some((p) => p.includes("water temperature"))).toBe(false);
  });

  it("does not align reports of a look-alike event (same kind of accident, other names)", () => {
    const other = [
      "Ferry sinks on Lake Marrow with 25 aboard",
      "A passenger ferry carrying 25 people sank on Lake Marrow on Tuesday after striking a sandbank near the town of Pell, police said.",
      "Rescuers pulled 22 survivors from the water and searched for three missing passengers.",
      "The ferry's owner, Castell Boats, said the vessel had been repaired in May.",
    ].join("\n\n");
    expect(pairs(A, other)).toEqual([]);
  });

  it("groups nothing across a single source and scores in 0..1", () => {
    const c = compare([
      { name: "A", text: A },
      { name: "B", text: A },
    ]);
    expect(c.alignments.length).toBeGreaterThanOrEqual(5);
    for (const al of c.alignments) {
      expect(al.sentences[0]?.split(".")[0]).not.toBe(al.sentences[1]?.split(".")[0]);
      expect(al.score).toBeGreaterThan(0);
      expect(al.score).toBeLessThanOrEqual(1);
    }
    expect(c.alignments.filter((al) => al.kind === "identical")).toHaveLength(5);
  });

  it("judges two one-sentence reports by their words when they name too little to compare", () => {
    // One name each, written differently: too little to call them two events.
    const got = pairs(
      "Mayor Okoro's council approved the new harbour budget late on Monday after a long debate.",
      "After a long debate, the city council approved the new budget for the harbour, the Mayor said.",
    );
    expect(got).toHaveLength(1);
  });
});
