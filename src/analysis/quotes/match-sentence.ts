import type { DocSentence } from "../read/document.ts";
import type { QuoteMatch, Span } from "../types.ts";
import { longestCommonRun, type Scratch } from "./longest-run.ts";
import type { QuoteInfo } from "./quote-info.ts";
import { RUN } from "./run-table.ts";
import type { DocIndex } from "./source-index.ts";

/*
 * Whether one sentence carries a quotation, and how: verbatim, partial or paraphrase, with a rank
 * to choose the best matches of a source.
 */

const KIND_RANK = { verbatim: 3, partial: 2, paraphrase: 1 } as const;

/** Share of a quotation's word weight a sentence must cover to match it without other evidence. */
export const COVERAGE = 0.6;

/** A sentence that carries the quotation. */
export interface Match {
  /** Position of the sentence in its source. */
  readonly at: number;
  readonly kind: QuoteMatch["kind"];
  /** The run of words shared with the quotation (view coordinates), for verbatim and partial matches. */
  readonly span?: Span;
  /** The kind's KIND_RANK plus the coverage: higher is better. */
  readonly rank: number;
}

/** How sentence `at` of `index` carries quotation `q`, if it does. */
export function matchOne(
  q: QuoteInfo,
  index: DocIndex,
  at: number,
  isAligned: boolean,
  sharesRun: boolean,
  scratch: Scratch,
): Match | undefined {
  const s = index.sentences[at];
  if (!s) return undefined;
  const { keyMark } = scratch;
  const mark = ++scratch.stamp;
  for (let k = index.keyStart[at] ?? 0, end = index.keyStart[at + 1] ?? 0; k < end; k++)
    keyMark[index.keys[k] ?? 0] = mark;
  let shared = 0;
  let sharesWord = false;
  for (let i = 0; i < q.keyCount; i++) {
    const k = q.keys[i] ?? 0;
    if (k > 0 && keyMark[k] === mark) {
      shared += q.weights[i] ?? 0;
      sharesWord = true;
    }
  }
  // A sentence that shares no word with the quotation and is not aligned with its sentence can
  // match in no way below.
  if (!isAligned && !sharesWord) return undefined;
  const coverage = q.total > 0 ? shared / q.total : 0;
  // Unaligned, without a run of RUN words and under COVERAGE, no test below can pass: spare the
  // word-by-word comparison (most candidates of a long report end here).
  if (!isAligned && !sharesRun && coverage < COVERAGE) return undefined;
  longestCommonRun(
    q.words,
    q.length,
    index.words,
    index.wordStart[at] ?? 0,
    index.wordStart[at + 1] ?? 0,
    scratch,
  );
  const { runQ, runS, runLength } = scratch;
  let contentInRun = 0;
  for (let i = runQ; i < runQ + runLength; i++) contentInRun += q.content[i] ?? 0;
  const length = q.length;
  // Short quotes match by words only in a sentence that reports the same thing.
  const trusted = isAligned || (coverage >= COVERAGE && q.keyCount >= 3);
  if (runLength === length && length > 0 && (trusted || length >= RUN)) {
    return withSpan(at, "verbatim", s, runS, runLength, KIND_RANK.verbatim + coverage);
  }
  if (
    contentInRun >= 1 &&
    (runLength >= 3 || (runLength >= 2 && length <= 4)) &&
    runLength / length >= 0.3 &&
    (trusted || runLength >= RUN)
  ) {
    return withSpan(at, "partial", s, runS, runLength, KIND_RANK.partial + coverage);
  }
  let sameSpeaker = false;
  for (const k of q.speakerKeys) if (k > 0 && keyMark[k] === mark) sameSpeaker = true;
  if ((isAligned && (coverage >= 0.3 || sameSpeaker)) || coverage >= COVERAGE) {
    return { at, kind: "paraphrase", rank: KIND_RANK.paraphrase + coverage };
  }
  return undefined;
}

/** A match on a run of words: its span runs from the run's first to its last token. */
function withSpan(
  at: number,
  kind: QuoteMatch["kind"],
  s: DocSentence,
  start: number,
  length: number,
  rank: number,
): Match {
  const a = s.tokens[start];
  const b = s.tokens[start + length - 1];
  return a && b ? { at, kind, span: { start: a.start, end: b.end }, rank } : { at, kind, rank };
}
