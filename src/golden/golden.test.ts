import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../scripts/story.ts";
import { readWordVectors } from "../analysis/align/vectors.ts";
import { compare } from "../analysis/compare.ts";
import type { SourceInput } from "../analysis/types.ts";
import { renderComparison } from "./render.ts";

/**
 * Golden files, in the manner of VS Code's diffing fixtures: the engine's whole output on the
 * shipped seed, every invented set in fixtures/reports and a few generated stories, written as a
 * readable rendering to an expected file beside the inputs. A mismatch writes what the engine
 * gives now to `*.invalid.txt` beside the expected file and fails; the test keeps failing while
 * any `.invalid.txt` file exists. A reviewer reads `git diff` after accepting:
 *
 *   npm run golden:accept      # moves every .invalid.txt over its expected file
 *
 * A missing expected file is written and the test fails once, so a new case is never silently
 * green.
 */
const root = new URL("../../", import.meta.url);
const parser = new DOMParser();
const parseHtml = (h: string) => parser.parseFromString(h, "text/html");

interface Case {
  readonly name: string;
  /** Expected file, relative to the repository root. */
  readonly expected: string;
  readonly inputs: () => SourceInput[];
}

const read = (path: string) => readFileSync(new URL(path, root), "utf8");

function seedCases(): Case[] {
  const index = JSON.parse(read("seeds/index.json")) as {
    comparisons: { id: string; sources: { file: string; name: string }[] }[];
  };
  return index.comparisons.map((c) => ({
    name: `seed ${c.id}`,
    expected: `seeds/${c.id}.expected.txt`,
    inputs: () => c.sources.map((s) => ({ name: s.name, text: read(`seeds/${s.file}`) })),
  }));
}

function fixtureCases(): Case[] {
  const dir = "fixtures/reports/";
  return readdirSync(new URL(dir, root), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const set = JSON.parse(read(`${dir}${id}/set.json`)) as {
        sources: { file: string; name: string; format?: "html" }[];
      };
      return {
        name: `fixture ${id}`,
        expected: `${dir}${id}/expected.txt`,
        inputs: () =>
          set.sources.map((s) => ({
            name: s.name,
            text: read(`${dir}${id}/${s.file}`),
            ...(s.format ? { format: s.format } : {}),
          })),
      };
    });
}

/** Generated stories: seeded, so the same every run; sizes where the engine's fast paths differ. */
const GENERATED: readonly [seed: number, sources: number, chars: number][] = [
  [3, 2, 3_000],
  [5, 3, 6_000],
  [7, 2, 20_000],
];

function generatedCases(): Case[] {
  return GENERATED.map(([seed, sources, chars]) => {
    const name = `story-${String(seed)}-${String(sources)}x${String(chars)}`;
    return {
      name: `generated ${name}`,
      expected: `fixtures/generated/${name}.expected.txt`,
      inputs: () => makeStory(seed, sources, chars),
    };
  });
}

const cases = [...seedCases(), ...fixtureCases(), ...generatedCases()];
/** The shipped word vectors, as the CLI and the worker give them to the engine. */
const vectors = readWordVectors(
  readFileSync(new URL("../analysis/align/data/vectors.bin", import.meta.url)),
);
const invalidOf = (expected: string) => expected.replace(/\.txt$/, ".invalid.txt");

describe("golden comparisons", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const comparison = compare(c.inputs(), { parseHtml, ...(vectors ? { vectors } : {}) });
    const json = JSON.stringify(comparison);
    const actual = `${renderComparison(comparison)}\nsha256 of the JSON ${createHash("sha256").update(json).digest("hex")}\n`;
    const expectedUrl = new URL(c.expected, root);
    const invalidUrl = new URL(invalidOf(c.expected), root);
    if (!existsSync(expectedUrl)) {
      writeFileSync(expectedUrl, actual);
      expect.fail(`${c.expected} did not exist and was written: review it, then run again`);
    }
    if (read(c.expected) === actual) {
      rmSync(invalidUrl, { force: true });
      return;
    }
    writeFileSync(invalidUrl, actual);
    expect.fail(
      `the engine's output changed: see ${invalidOf(c.expected)}; if the change is right, ` +
        "`npm run golden:accept` and review the diff",
    );
  });

  it("leaves no .invalid.txt file behind", () => {
    const left = cases
      .map((c) => invalidOf(c.expected))
      .filter((p) => existsSync(new URL(p, root)));
    expect(left).toEqual([]);
  });
});
