import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Source } from "../../../analysis/types.ts";
import { displaySlice } from "../../../comparison/display-text.ts";
import { displayMap, displaySpan, rawSpan } from "./display-map.ts";

const source = (text: string, html: boolean): Source => ({
  id: "A",
  name: "A",
  text,
  removed: [],
  sentences: [],
  ...(html ? { format: "html" as const } : {}),
});
const whole = (text: string, html: boolean) =>
  displayMap(source(text, html), { start: 0, end: text.length });

describe("display map", () => {
  it("is the identity for plain text", () => {
    const map = whole("Kanani said.", false);
    expect(map.text).toBe("Kanani said.");
    expect(rawSpan(map, 7, 11)).toEqual({ start: 7, end: 11 });
    expect(displaySpan(map, { start: 7, end: 11 })).toEqual({ from: 7, to: 11 });
  });

  it("maps printed characters of markup back to the raw slice and forth", () => {
    const raw = 'He <a href="/x">admitted</a> it &amp; more';
    const map = whole(raw, true);
    expect(map.text).toBe("He admitted it & more");
    const word = map.text.indexOf("admitted");
    const span = rawSpan(map, word, word + "admitted".length);
    expect(raw.slice(span.start, span.end)).toBe("admitted");
    expect(displaySpan(map, span)).toEqual({ from: word, to: word + 8 });
    const amp = rawSpan(map, map.text.indexOf("&"), map.text.indexOf("&") + 1);
    expect(displaySlice(source(raw, true), amp.start, amp.end)).toBe("&");
    expect(rawSpan(map, map.text.length, map.text.length)).toEqual({
      start: raw.length,
      end: raw.length,
    });
  });

  it("prints exactly what the reader prints, and a printed range survives the trip to raw and back", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        "<b>",
        "</b>",
        "<br>",
        "<br/>",
        "&amp;",
        "&rsquo;",
        "&#8217;",
        "&#x41;",
        "&bogus;",
        "<!-- c -->",
        "<",
        ">",
        "&",
        "\u202e",
        '<a title="a > b">',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        (pieces, html, x, y) => {
          const raw = pieces.join("");
          const map = whole(raw, html);
          expect(map.text).toBe(displaySlice(source(raw, html), 0, raw.length));
          for (let i = 0; i < map.text.length; i++) {
            expect(map.ends[i]!).toBeGreaterThan(map.starts[i]!);
            if (i > 0) expect(map.starts[i]!).toBeGreaterThanOrEqual(map.ends[i - 1]!);
          }
          const n = map.text.length;
          const from = n === 0 ? 0 : x % (n + 1);
          const to = n === 0 ? 0 : from + (y % (n - from + 1));
          const span = rawSpan(map, from, to);
          if (to > from) expect(displaySpan(map, span)).toEqual({ from, to });
        },
      ),
      { numRuns: 400 },
    );
  });
});
