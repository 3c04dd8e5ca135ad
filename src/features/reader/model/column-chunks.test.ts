import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../analysis/types.ts";
import type { ColumnBlock } from "./column-blocks.ts";
import { chunkBlocks, chunkOfSentence } from "./column-chunks.ts";

/** `n` paragraphs of `length` characters each, one sentence apiece, and a removed span. */
function blocks(n: number, length: number): ColumnBlock[] {
  const out: ColumnBlock[] = [];
  for (let k = 0; k < n; k++) {
    const start = k * length;
    const sentence: Sentence = { id: `A.${k}`, start, end: start + length - 1, paragraph: k };
    out.push({ kind: "paragraph", key: `p-A.${k}`, start, role: undefined, sentences: [sentence] });
  }
  const removed = { start: 0, end: 500, reason: "Links" };
  out.splice(3, 0, { kind: "removed", key: "r-1", start: 0, spans: [removed] });
  return out;
}

describe("column chunks", () => {
  it("cuts blocks into runs of about a screen, in order, losing none", () => {
    const input = blocks(100, 300);
    const chunks = chunkBlocks(input);
    expect(chunks.flatMap((c) => c.blocks)).toEqual(input);
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, k) => k));
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.blocks.length).toBeLessThanOrEqual(8);
      expect(chunk.chars).toBeGreaterThanOrEqual(1_000);
    }
    // 299 characters a paragraph: the fifth takes the first chunk past 1,200.
    expect(chunks[0]).toMatchObject({ removedChars: 500, paragraphs: 5 });
  });

  it("never puts more than a few short paragraphs together", () => {
    expect(chunkBlocks(blocks(40, 20)).every((c) => c.blocks.length <= 8)).toBe(true);
  });

  it("finds each sentence's chunk", () => {
    const chunks = chunkBlocks(blocks(30, 300));
    const of = chunkOfSentence(chunks);
    expect(of.size).toBe(30);
    expect(of.get("A.0")).toBe(0);
    expect(of.get("A.29")).toBe(chunks.length - 1);
  });
});
