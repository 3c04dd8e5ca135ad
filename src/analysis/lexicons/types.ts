/**
 * Shapes shared by the framing lexicons. Data only: the framing stage decides how to match.
 *
 * Conventions every lexicon follows (checked by `lexicons.test.ts`):
 * - Terms and forms are lowercase, trimmed, single-spaced, with straight apostrophes, as
 *   `tokens.ts` normalises them. Multi-word entries are written with single spaces; hyphenated
 *   compounds keep their hyphen ("so-called").
 * - `forms` lists every surface form to match and includes the headword itself.
 * - A `note` is one plain sentence a 14-year-old can read, ending with a period. It says what
 *   the word suggests to a reader, never whether the outlet was right to use it.
 */

import type { SourceKey } from "./sources.ts";

/**
 * How marked a word is.
 * - 0: the neutral baseline of its class ("said", "according to"); never worth a note alone.
 * - 1: mildly marked, common in neutral prose too ("stressed", "may").
 * - 2: strongly marked; it tells the reader what to think of the statement or the speaker
 *   ("admitted", "claimed", "slammed", "allegedly").
 */
export type Strength = 0 | 1 | 2;

/**
 * Evaluative direction of a word's own meaning, before context.
 * `neutral` is for words with no direction of their own, such as intensifiers.
 */
export type Polarity = "negative" | "positive" | "mixed" | "neutral";

/** Fields every framing entry carries. */
export interface Annotated {
  /** One plain sentence saying what the word suggests to a reader. */
  readonly note: string;
  /**
   * Published works that list this word, or that define the class it is assigned to.
   * Keys resolve to full citations in `sources.ts`.
   */
  readonly basis: readonly SourceKey[];
}
