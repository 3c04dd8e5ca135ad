import { describe, expect, it } from "vitest";
import { wordSpans } from "./words.ts";

const words = (text: string): string[] => wordSpans(text).map((w) => text.slice(w.start, w.end));

describe("words as the engine reads them", () => {
  it("keeps inner apostrophes, dotted acronyms and numbers with separators in one word", () => {
    expect(words("The U.S. envoy’s 1,500 won't go.")).toEqual([
      "The",
      "U.S.",
      "envoy’s",
      "1,500",
      "won't",
      "go",
    ]);
  });

  it("keeps a hyphenated compound whole, but not words around a spaced dash", () => {
    expect(words("war-mongering claims ‐ quietly‑made - said")).toEqual([
      "war-mongering",
      "claims",
      "quietly‑made",
      "said",
    ]);
  });
});
