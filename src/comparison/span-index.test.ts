import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanIndex } from "./span-index.ts";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe("SpanIndex", () => {
  it("finds overlapping spans of one source, nested or not, in list order", () => {
    const items = [
      { source: "A", start: 10, end: 20 },
      { source: "B", start: 0, end: 100 },
      { source: "A", start: 0, end: 50 },
      { source: "A", start: 30, end: 40 },
      { source: "A", start: 60, end: 61 },
    ];
    const index = new SpanIndex(items);
    expect(index.overlapping("A", { start: 15, end: 35 })).toEqual([0, 2, 3]);
    expect(index.overlapping("A", { start: 50, end: 60 })).toEqual([]);
    expect(index.overlapping("A", { start: 60, end: 61 })).toEqual([4]);
    expect(index.overlapping("B", { start: 99, end: 200 })).toEqual([1]);
    expect(index.overlapping("C", { start: 0, end: 1 })).toEqual([]);
  });

  it("answers as a scan of every item would", () => {
    const span = fc
      .tuple(fc.nat(200), fc.integer({ min: 1, max: 60 }))
      .map(([start, length]) => ({ start, end: start + length }));
    const item = fc.tuple(fc.constantFrom("A", "B"), span).map(([source, s]) => ({ source, ...s }));
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.constantFrom("A", "B"),
        span,
        (items, source, query) => {
          const expected = items.flatMap((it, k) =>
            it.source === source && overlaps(it, query) ? [k] : [],
          );
          expect(new SpanIndex(items).overlapping(source, query)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
