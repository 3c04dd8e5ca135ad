import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { joinNames } from "../../../comparison/wording.ts";
import { byScore, q, type Candidate } from "./candidate.ts";
import { passageExcerpt, passageOf } from "./passages.ts";

/*
 * Questions about facts the reports state differently: "A says 12,000, B says 12,300: which
 * would you trust, and how would you check?" Made only from the Comparison's `facts`; figures
 * that can both be true (a rounding, a bound) ask less, so they come after contradictions.
 */

/** One question per fact that differs, contradictions first. */
export function factCandidates(index: ComparisonIndex): readonly Candidate[] {
  const out: Candidate[] = [];
  for (const fact of index.comparison.facts ?? []) {
    const sides = fact.values.flatMap((value) => {
      const source = index.source(value.source);
      if (!source || value.end > source.text.length || value.end <= value.start) return [];
      const passage = passageOf(value.source, value);
      return [{ name: source.name, passage, words: passageExcerpt(index, passage, 80) }];
    });
    const [first] = sides;
    if (!first || sides.length < 2) continue;
    const said = joinNames(sides.map((s) => `${s.name} says ${q(s.words)}`));
    const ask = fact.compatible
      ? "Can both be true? What would you need to know to tell?"
      : "Which would you trust, and how would you check?";
    out.push({
      question: {
        id: `fact-${fact.id}-${first.passage.source}-${first.passage.start}`,
        kind: "fact",
        text: `${said}. ${ask}`,
        passages: sides.map((s) => s.passage),
      },
      score: fact.compatible ? 1 : 2,
    });
  }
  return byScore(out);
}
