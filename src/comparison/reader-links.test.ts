import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Alignment, AlignmentKind } from "../analysis/types.ts";
import { readerLinks, SHOWN_PER_SOURCE } from "./reader-links.ts";

const link = (
  a: string,
  b: string,
  score: number,
  kind: AlignmentKind = "paraphrase",
): Alignment => ({
  sentences: [a, b],
  kind,
  score,
});
const sourceOf = (id: string) => id.split(".")[0];
const ids = (alignments: readonly Alignment[]) => alignments.map((a) => a.sentences.join("~"));

describe("the links a reader is shown", () => {
  it("ranks a related link with the others: a paraphrase across outlets often scores as related", () => {
    const { shown, related } = readerLinks(
      [
        link("A.0", "B.0", 0.3, "related"),
        link("A.1", "B.1", 0.4),
        link("A.1", "B.2", 0.35),
        link("A.1", "B.3", 0.2, "related"),
      ],
      sourceOf,
    );
    expect(ids(shown)).toEqual(["A.0~B.0", "A.1~B.1", "A.1~B.2"]);
    expect(ids(related)).toEqual(["A.1~B.3"]);
  });

  it("shows a related link only where it is one of its sentences' closest match", () => {
    // A.0 says little: second best for B.0 and B.1, each closer to a sentence of its own in A.
    // It keeps its own closest match (B.0); B.1, second for both, is only related.
    const { shown } = readerLinks(
      [
        link("A.0", "B.0", 0.3, "related"),
        link("A.0", "B.1", 0.28, "related"),
        link("A.1", "B.0", 0.6),
        link("A.2", "B.1", 0.5),
      ],
      sourceOf,
    );
    expect(ids(shown)).toEqual(["A.0~B.0", "A.1~B.0", "A.2~B.1"]);
  });

  it("keeps a sentence with its best two in each other source, not every sentence on the topic", () => {
    // A.0 says little ("This is about the ministry.") and resembles four sentences of B, each of
    // which has a better partner of its own except B.0 and B.1.
    const hub = [
      link("A.0", "B.0", 0.5),
      link("A.0", "B.1", 0.45),
      link("A.0", "B.2", 0.4),
      link("A.0", "B.3", 0.35),
    ];
    const { shown, related } = readerLinks(hub, sourceOf);
    expect(ids(shown)).toEqual(["A.0~B.0", "A.0~B.1"]);
    expect(ids(related)).toEqual(["A.0~B.2", "A.0~B.3"]);
  });

  it("shows a link only when both of its sentences rank it among their best two", () => {
    const { shown } = readerLinks(
      [
        link("A.0", "B.0", 0.3), // B.0's third best in A
        link("A.1", "B.0", 0.8),
        link("A.2", "B.0", 0.7),
      ],
      sourceOf,
    );
    expect(ids(shown)).toEqual(["A.1~B.0", "A.2~B.0"]);
  });

  it("keeps one long sentence with both halves it was split into", () => {
    const { shown, related } = readerLinks(
      [link("A.4", "B.6", 0.55), link("A.4", "B.7", 0.5)],
      sourceOf,
    );
    expect(ids(shown)).toEqual(["A.4~B.6", "A.4~B.7"]);
    expect(related).toEqual([]);
  });

  it("ranks each other source on its own: two partners in B and two in C", () => {
    const { shown } = readerLinks(
      [
        link("A.0", "B.0", 0.6),
        link("A.0", "B.1", 0.5),
        link("A.0", "C.0", 0.4),
        link("A.0", "C.1", 0.3),
      ],
      sourceOf,
    );
    expect(shown).toHaveLength(4);
  });

  it("splits every alignment into shown or related, never both, and caps partners per source", () => {
    const alignment = fc
      .record({
        a: fc.integer({ min: 0, max: 5 }),
        b: fc.integer({ min: 0, max: 5 }),
        sa: fc.constantFrom("A", "B", "C"),
        sb: fc.constantFrom("A", "B", "C"),
        score: fc.double({ min: 0, max: 1, noNaN: true }),
        kind: fc.constantFrom<AlignmentKind>(
          "identical",
          "near-identical",
          "paraphrase",
          "related",
        ),
      })
      .filter((r) => r.sa !== r.sb)
      .map((r) => link(`${r.sa}.${r.a}`, `${r.sb}.${r.b}`, r.score, r.kind));
    fc.assert(
      fc.property(fc.array(alignment, { maxLength: 30 }), (alignments) => {
        const { shown, related } = readerLinks(alignments, sourceOf);
        expect(shown.length + related.length).toBe(alignments.length);
        expect(new Set([...shown, ...related]).size).toBe(alignments.length);
        const perSource = new Map<string, number>();
        for (const a of shown) {
          const [x = "", y = ""] = a.sentences;
          for (const [self, other] of [
            [x, y],
            [y, x],
          ] as const) {
            const key = `${self}>${sourceOf(other) ?? ""}`;
            perSource.set(key, (perSource.get(key) ?? 0) + 1);
          }
        }
        for (const n of perSource.values()) expect(n).toBeLessThanOrEqual(SHOWN_PER_SOURCE);
      }),
    );
  });
});
