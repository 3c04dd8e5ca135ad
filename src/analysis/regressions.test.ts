import { readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { compare } from "./compare.ts";
import type { SourceInput } from "./types.ts";

/** Cases the fuzzer (scripts/fuzz.ts) once broke, replayed on every run. */
const cases = JSON.parse(
  readFileSync(new URL("./__regressions__/fuzz-cases.json", import.meta.url), "utf8"),
) as { error: string; inputs: SourceInput[] }[];
const parser = new DOMParser();

describe("fuzz regressions", () => {
  it("has its case file", () => {
    expect(Array.isArray(cases)).toBe(true);
  });
  it.each(cases.map((c, i) => [i, c] as const))("case %i no longer fails", (_, c) => {
    const out = compare(c.inputs, { parseHtml: (h) => parser.parseFromString(h, "text/html") });
    out.sources.forEach((s, k) => {
      expect(s.text).toBe(c.inputs[k]?.text);
      for (const x of s.sentences) expect(x.end).toBeLessThanOrEqual(s.text.length);
    });
  });
});
