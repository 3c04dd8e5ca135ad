import { compare } from "../compare.ts";
import type { Comparison } from "../types.ts";

/**
 * A short invented report of `paragraphs` as source A, with an opening sentence so the cleaner
 * keeps it as an article, beside an unrelated source B (attributions' tests read A).
 */
export function inventedReport(...paragraphs: string[]): Comparison {
  return compare([
    {
      name: "A",
      text: [
        "The river authority closed the old bridge on the eastern bank after engineers inspected it last week.",
        ...paragraphs,
      ].join("\n\n"),
    },
    { name: "B", text: "Nothing in common here at all, just a line about the weather today." },
  ]);
}
