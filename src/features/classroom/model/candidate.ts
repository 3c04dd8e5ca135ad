import type { Question } from "./types.ts";

/** A question the comparison supports, with how good an example it is of its kind. */
export interface Candidate {
  readonly question: Question;
  /** Higher is a clearer example; only compared within one kind. */
  readonly score: number;
}

/** Best first; equal scores keep reading order (the order the candidates were made in). */
export function byScore(candidates: readonly Candidate[]): readonly Candidate[] {
  return candidates.toSorted((a, b) => b.score - a.score);
}

/** “words” in typographic quotation marks, as every question prints a passage. */
export const q = (words: string): string => `“${words}”`;
