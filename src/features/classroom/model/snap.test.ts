import { describe, expect, it } from "vitest";
import { snapToWords } from "./snap.ts";

const text = "Tehran admitted it had sent drones, but insisted on war-mongering claims.";
const snap = (from: string, to: string): string | undefined => {
  const start = text.indexOf(from);
  const span = snapToWords(text, { start, end: text.indexOf(to, start) + to.length });
  return span ? text.slice(span.start, span.end) : undefined;
};

describe("a selection snaps to whole words", () => {
  it("grows a partial word to the word", () => {
    expect(snap("dmitt", "dmitt")).toBe("admitted");
    expect(snap("ran adm", "ran adm")).toBe("Tehran admitted");
  });
  it("drops spaces and clause punctuation at the edges", () => {
    expect(snap(" drones, ", " drones, ")).toBe("drones");
  });
  it("keeps hyphenated words whole", () => {
    expect(snap("mongering", "mongering")).toBe("war-mongering");
  });
  it("keeps a sentence's closing stop", () => {
    expect(snap("Tehran", "claims.")).toBe(text);
  });
  it("refuses a selection of spaces and punctuation only", () => {
    expect(
      snapToWords(text, { start: text.indexOf(","), end: text.indexOf(",") + 2 }),
    ).toBeUndefined();
    expect(snapToWords(text, { start: 3, end: 3 })).toBeUndefined();
  });
});
