import type { AlignmentKind } from "../types.ts";

/*
 * The alignment's output, read by every later stage: quotes, variants and framing look up a
 * sentence's partners through indexPairs rather than each building its own map.
 */

/** Where a sentence sits in its report, for the headline-and-lead rule. */
export type LeadPosition = "headline" | "lead" | null;

export interface SentencePair {
  /** Indices into the sentence list given to {@link alignSentences}; a < b. */
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly kind: AlignmentKind;
}

/**
 * The aligned pairs by sentence, in compressed-row form: the pairs sentence g takes part in are
 * `pair[start[g] .. start[g + 1]]`, in the order of the pair list, and `partner` at the same
 * places holds the other sentence of each. Typed arrays rather than a Set per sentence, since
 * the later stages ask for partners in their inner loops.
 */
export interface PairIndex {
  readonly start: Int32Array;
  readonly pair: Int32Array;
  readonly partner: Int32Array;
}

/** Indexes `pairs` by sentence; `sentences` sizes the index (it grows to fit every pair). */
export function indexPairs(pairs: readonly SentencePair[], sentences = 0): PairIndex {
  let n = sentences;
  for (const p of pairs) n = Math.max(n, p.a + 1, p.b + 1);
  const start = new Int32Array(n + 1);
  for (const p of pairs) {
    start[p.a + 1]!++;
    start[p.b + 1]!++;
  }
  for (let g = 0; g < n; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, n);
  const pair = new Int32Array(2 * pairs.length);
  const partner = new Int32Array(2 * pairs.length);
  pairs.forEach((p, k) => {
    let at = fill[p.a]!++;
    pair[at] = k;
    partner[at] = p.b;
    at = fill[p.b]!++;
    pair[at] = k;
    partner[at] = p.a;
  });
  return { start, pair, partner };
}
