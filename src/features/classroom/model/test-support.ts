/** Comparisons for the classroom's tests: the seed and the fixtures through the engine, and invented ones. */
import ifpRaw from "../../../../seeds/ifp.txt?raw";
import moscowTimesRaw from "../../../../seeds/moscow-times.txt?raw";
import { compare } from "../../../analysis/compare.ts";
import type { Comparison, SourceInput } from "../../../analysis/types.ts";
import { indexComparison, type ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { buildMarks, type Mark } from "../../../comparison/marks.ts";

export interface Analysed {
  readonly label: string;
  readonly inputs: readonly SourceInput[];
  readonly comparison: Comparison;
  readonly index: ComparisonIndex;
  readonly marks: readonly Mark[];
}

export function analysed(
  label: string,
  comparison: Comparison,
  inputs: readonly SourceInput[] = [],
): Analysed {
  const index = indexComparison(comparison);
  return { label, inputs, comparison, index, marks: buildMarks(index) };
}

export function analyse(label: string, inputs: readonly SourceInput[]): Analysed {
  return analysed(label, compare(inputs), inputs);
}

export const seedInputs: readonly SourceInput[] = [
  { name: "The Moscow Times", text: moscowTimesRaw },
  { name: "Iran Front Page", text: ifpRaw },
];

const fixtureTexts = import.meta.glob<string>("../../../../fixtures/reports/*/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});
const fixtureSets = import.meta.glob<{ sources: { file: string; name: string }[] }>(
  "../../../../fixtures/reports/*/set.json",
  { import: "default", eager: true },
);

/** Every plain-text fixture set (fixtures/reports) with two or more sources. */
export function fixtureInputs(): readonly (readonly [string, readonly SourceInput[]])[] {
  return Object.entries(fixtureSets)
    .map(([path, set]) => {
      const folder = path.slice(0, -"set.json".length);
      const inputs = set.sources
        .filter((s) => s.file.endsWith(".txt"))
        .flatMap((s) => {
          const text = fixtureTexts[`${folder}${s.file}`];
          return text === undefined ? [] : [{ name: s.name, text }];
        });
      return [folder.split("/").at(-2) ?? folder, inputs] as const;
    })
    .filter(([, inputs]) => inputs.length >= 2);
}
