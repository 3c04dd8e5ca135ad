import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { Candidate } from "./candidate.ts";
import {
  headlineCandidates,
  quoteCandidates,
  uniqueCandidates,
  variantCandidates,
} from "./content-questions.ts";
import { factCandidates } from "./fact-questions.ts";
import { framingCandidates } from "./framing-questions.ts";
import type { Question, QuestionKind } from "./types.ts";

/** A question the comparison supports, and whether the lesson a teacher starts from has it. */
export interface Suggestion {
  readonly question: Question;
  readonly byDefault: boolean;
}

/** Questions in the lesson a teacher starts from: about one side of A4 of answers. */
export const DEFAULT_QUESTION_COUNT = 8;
/** Suggestions kept per kind beyond the defaults, so the teacher's list stays readable. */
const MORE_PER_KIND = 10;

type Pools = Readonly<Record<Exclude<QuestionKind, "custom">, readonly Candidate[]>>;

/** Where a question's first passage is: its source. */
const sourceOf = (candidate: Candidate): string | undefined =>
  candidate.question.passages[0]?.source;

/**
 * The default lesson's questions, in order: the headlines, then one of each kind, then a second
 * example from another source where one exists, so no outlet is the only one questioned.
 */
function pickDefaults(pools: Pools): readonly Candidate[] {
  const picked: Candidate[] = [];
  const used = new Set<string>();
  const take = (kind: keyof Pools, unlike?: (c: Candidate) => boolean): void => {
    const candidate = pools[kind].find((c) => !used.has(c.question.id) && (unlike?.(c) ?? true));
    if (!candidate) return;
    used.add(candidate.question.id);
    picked.push(candidate);
  };
  const fromOtherSource = (kind: keyof Pools) => (c: Candidate) =>
    !picked.some((p) => p.question.kind === kind && sourceOf(p) === sourceOf(c));

  take("headline");
  take("attribution");
  take("quote");
  take("unique");
  take("fact");
  take("variant");
  take("voice");
  take("unique", fromOtherSource("unique"));
  take("attribution", fromOtherSource("attribution"));
  take("loaded");
  take("hedge");
  return picked.slice(0, DEFAULT_QUESTION_COUNT);
}

/**
 * Every question this comparison supports, generated from it: the default lesson's first, then
 * the best few more of each kind for the teacher to add. Never a fixed list, and never a
 * question about something the comparison does not hold.
 */
export function suggestQuestions(
  index: ComparisonIndex,
  marks: readonly Mark[],
): readonly Suggestion[] {
  const framing = framingCandidates(index);
  const pools: Pools = {
    headline: headlineCandidates(index),
    ...framing,
    quote: quoteCandidates(index),
    unique: uniqueCandidates(index, marks),
    variant: variantCandidates(index),
    fact: factCandidates(index),
  };
  const defaults = pickDefaults(pools);
  const chosen = new Set(defaults.map((c) => c.question.id));
  const more = (Object.keys(pools) as (keyof Pools)[]).flatMap((kind) =>
    pools[kind].filter((c) => !chosen.has(c.question.id)).slice(0, MORE_PER_KIND),
  );
  return [
    ...defaults.map((c) => ({ question: c.question, byDefault: true })),
    ...more.map((c) => ({ question: c.question, byDefault: false })),
  ];
}
