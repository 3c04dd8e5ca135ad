import { describe, expect, it } from "vitest";
import { loadSeeds } from "./seeds.ts";

describe("seeds", () => {
  it("loads the shipped comparison with its texts", () => {
    const seeds = loadSeeds();
    expect(seeds.ok).toBe(true);
    if (!seeds.ok) return;
    const [first] = seeds.value;
    expect(first?.inputs.length).toBeGreaterThanOrEqual(2);
    for (const input of first?.inputs ?? []) expect(input.text.length).toBeGreaterThan(100);
  });

  it("explains a broken index instead of throwing", () => {
    expect(loadSeeds({})).toEqual({
      ok: false,
      error: "No sample comparison is bundled with this build.",
    });
    const missing = loadSeeds({
      comparisons: [{ id: "x", sources: [{ file: "nope.txt", name: "Nope" }] }],
    });
    expect(missing).toEqual({ ok: false, error: 'Sample "x" is missing its file nope.txt.' });
  });
});
