import type { Source } from "../analysis/types.ts";
import type { ComparisonIndex } from "./comparison-index.ts";
import { joinNames } from "./wording.ts";

/** Which sources carry a sentence: its own and those of its aligned partners. */
export interface Coverage {
  /** In column order, the sentence's own source included. */
  readonly present: readonly Source[];
  /** In column order. */
  readonly absent: readonly Source[];
}

export function sentenceCoverage(index: ComparisonIndex, sentenceId: string): Coverage {
  const own = index.sentence(sentenceId)?.source.id;
  const present = new Set(
    [own, ...index.partners(sentenceId).map((id) => index.sentence(id)?.source.id)].filter(
      (id) => id !== undefined,
    ),
  );
  return {
    present: index.sources.filter((s) => present.has(s.id)),
    absent: index.sources.filter((s) => !present.has(s.id)),
  };
}

/**
 * "Only in A", "In A and B", "In all three sources", "In A and B but not C",
 * "In A, B and C but not D or E".
 */
export function coveragePhrase(coverage: Coverage): string {
  const present = coverage.present.map((s) => s.name);
  const absent = coverage.absent.map((s) => s.name);
  if (present.length <= 1) return `Only in ${present[0] ?? "one source"}`;
  if (absent.length === 0) {
    return present.length === 2
      ? `In ${joinNames(present)}`
      : `In all ${spell(present.length)} sources`;
  }
  return `In ${joinNames(present)} but not ${joinNames(absent, "or")}`;
}

const NUMBERS = ["zero", "one", "two", "three", "four", "five", "six"];
function spell(n: number): string {
  return NUMBERS[n] ?? String(n);
}
