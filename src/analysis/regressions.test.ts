import { readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { compare } from "./compare.ts";
import type { Comparison, SourceInput, Span } from "./types.ts";

/**
 * Hostile inputs replayed on every run: cases minimised by hand from the fuzzer's input space
 * (lone surrogates, marks with no words, tag soup, controls, empty sources) and any case
 * scripts/fuzz.ts finds failing later, which it appends to the same file.
 */
const cases = JSON.parse(
  readFileSync(new URL("./__regressions__/fuzz-cases.json", import.meta.url), "utf8"),
) as { error: string; inputs: SourceInput[] }[];
const parser = new DOMParser();
const parseHtml = (h: string): unknown => parser.parseFromString(h, "text/html");

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `at` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/** What every Comparison must satisfy, whatever its inputs. */
function expectWellFormed(out: Comparison, inputs: readonly SourceInput[]): void {
  expect(out.sources.map((s) => s.text)).toEqual(inputs.map((i) => i.text));
  const sentenceSource = new Map<string, string>();
  const inBounds = (s: Span, length: number) =>
    Number.isInteger(s.start) && 0 <= s.start && s.start <= s.end && s.end <= length;
  for (const s of out.sources) {
    let previousEnd = 0;
    for (const x of s.sentences) {
      expect(x.start, `${x.id} starts after the sentence before it ends`).toBeGreaterThanOrEqual(
        previousEnd,
      );
      expect(x.end, `${x.id} is not empty`).toBeGreaterThan(x.start);
      expect(inBounds(x, s.text.length), `${x.id} in bounds`).toBe(true);
      expect(
        splitsPair(s.text, x.start) || splitsPair(s.text, x.end),
        `${x.id} splits a pair`,
      ).toBe(false);
      expect(s.text.slice(x.start, x.end).trim(), `${x.id} has text`).not.toBe("");
      expect(sentenceSource.has(x.id), `${x.id} is unique`).toBe(false);
      sentenceSource.set(x.id, s.id);
      previousEnd = x.end;
    }
    for (const r of s.removed) expect(inBounds(r, s.text.length)).toBe(true);
  }
  for (const a of out.alignments) {
    const sources = a.sentences.map((id) => sentenceSource.get(id));
    expect(sources).not.toContain(undefined);
    expect(new Set(sources).size, "an alignment joins different sources").toBe(sources.length);
  }
  const textOf = (id: string) => out.sources.find((s) => s.id === id)?.text.length ?? -1;
  for (const q of out.quotes) expect(inBounds(q, textOf(q.source))).toBe(true);
  for (const f of out.framing) expect(inBounds(f, textOf(f.source))).toBe(true);
}

describe("hostile inputs", () => {
  it("are on file", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.error, c] as const))("%s", (_, c) => {
    const out = compare(c.inputs, { parseHtml });
    expectWellFormed(out, c.inputs);
    // Deterministic: a second run gives the same bytes.
    expect(JSON.stringify(compare(c.inputs, { parseHtml }))).toBe(JSON.stringify(out));
  });

  it("hold the invariants that would catch a broken stage", () => {
    // The check itself must be able to fail: an overlapping, out-of-bounds sentence is caught.
    const good = compare([
      { name: "a", text: "One. Two." },
      { name: "b", text: "One. Two." },
    ]);
    const bad: Comparison = {
      ...good,
      sources: good.sources.map((s) => ({
        ...s,
        sentences: s.sentences.map((x) => ({ ...x, end: x.end + 100 })),
      })),
    };
    expect(() =>
      expectWellFormed(bad, [
        { name: "a", text: "One. Two." },
        { name: "b", text: "One. Two." },
      ]),
    ).toThrow();
  });
});
