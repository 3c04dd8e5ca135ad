import { sliceText, type ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { FACT_KIND_LABEL } from "../../../comparison/explain-mark.ts";
import { tidy } from "../../../comparison/wording.ts";
import { mdHeader, mdRow, mdText } from "./markdown-text.ts";

/**
 * "Facts that differ" in the Markdown export: one row per fact, each source's value as printed
 * with the sentence it is in (its id, as the reader shows it), and the engine's note.
 */
export function factsSection(index: ComparisonIndex): string[] {
  const facts = index.comparison.facts ?? [];
  const lines = ["## Facts that differ", ""];
  if (facts.length === 0)
    return [...lines, "No numbers, dates, amounts or places stated differently."];
  lines.push(mdHeader(["Kind", ...index.sources.map((s) => mdText(s.name)), "Note"]));
  for (const fact of facts) {
    const kind = fact.compatible
      ? `${FACT_KIND_LABEL[fact.kind]} (${fact.compatible === "rounding" ? "rounded" : "a bound"}, can both be true)`
      : FACT_KIND_LABEL[fact.kind];
    lines.push(
      mdRow([
        kind,
        ...index.sources.map((source) => {
          const value = fact.values.find((v) => v.source === source.id);
          if (!value) return "—";
          return `${mdText(tidy(sliceText(source, value)))} (${value.sentence})`;
        }),
        mdText(tidy(fact.note)),
      ]),
    );
  }
  return lines;
}
