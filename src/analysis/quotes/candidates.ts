import type { Scratch } from "./longest-run.ts";
import { COVERAGE } from "./match-sentence.ts";
import type { QuoteInfo } from "./quote-info.ts";
import type { DocIndex, Partners } from "./source-index.ts";

/*
 * Candidate generation. Comparing every quotation with every sentence of the other sources grows
 * with the square of the input; instead each source gets an inverted index, and a quotation is
 * compared only with sentences that could pass one of matchOne's tests:
 *  - sentences aligned with the quotation's own sentence;
 *  - sentences sharing a word of the quotation's "prefix": its heaviest words, taken until the
 *    rest weighs less than COVERAGE of the whole. A sentence sharing none of them covers less
 *    than COVERAGE, so the filter is exact (the prefix filter of Bayardo et al., "Scaling up all
 *    pairs similarity search", WWW 2007);
 *  - sentences containing one of the quotation's runs of RUN words (by hash), the only way to
 *    match unaligned and under COVERAGE.
 * The result is the same as comparing with every sentence (tests compare both), except that
 * words past MAX_PROBE_POSTING are not probed.
 *
 * Speed: words and keys are interned to integer ids once per comparison, each source's sentences
 * become flat Int32Arrays, and the sets and maps a quotation needs are typed arrays reused from one
 * quotation to the next, told current by a stamp. So the inner loops neither hash strings nor
 * allocate, and the stage leaves little garbage for the collector.
 */

/**
 * A word in more sentences than this of one source does not bring candidates by coverage: in a
 * long report such words are everywhere, and a quotation made only of them is matched through
 * alignment or a run of words instead. This bounds the work per quotation (as align.ts bounds
 * it per sentence); below the bound the candidate search is exact.
 */
const MAX_PROBE_POSTING = 100;

/** Every reporting sentence, each tested in full: what the candidate search must agree with. */
export function everySentence(index: DocIndex, scratch: Scratch): number {
  const stamp = ++scratch.stamp;
  let count = 0;
  for (let i = 0; i < index.reporting.length; i++) {
    if (!index.reporting[i]) continue;
    scratch.list[count++] = i;
    scratch.runFlag[i] = stamp;
  }
  return count;
}

/**
 * Candidate sentence positions, written to scratch.list in document order; their count is
 * returned, and scratch.runFlag[i] equals the stamp the call leaves in scratch.stamp when one
 * shares a run of RUN words.
 */
export function candidates(
  index: DocIndex,
  q: QuoteInfo,
  partners: Partners,
  sentence: number,
  scratch: Scratch,
): number {
  const { sentences, first, reporting, postStart, postings, runs } = index;
  const n = reporting.length;
  const stamp = ++scratch.stamp;
  const { member, runFlag, sharedMark, shared, touched, list } = scratch;
  let count = 0;
  if (sentence >= 0 && sentence < partners.size) {
    for (
      let e = partners.start[sentence] ?? 0, end = partners.start[sentence + 1] ?? 0;
      e < end;
      e++
    ) {
      const g = partners.list[e] ?? 0;
      const i = g - first;
      if (i >= 0 && i < n && reporting[i] && sentences[i]?.global === g && member[i] !== stamp) {
        member[i] = stamp;
        list[count++] = i;
      }
    }
  }
  const postingLength = (k: number) =>
    k > 0 && k + 1 < postStart.length ? (postStart[k + 1] ?? 0) - (postStart[k] ?? 0) : 0;
  // The prefix: the heaviest words, taken until the rest weighs less than COVERAGE of the
  // whole (words too frequent to probe count as never shared). Then the shared prefix weight
  // per sentence: a sentence covers at most that plus the rest, and below COVERAGE it cannot
  // match by coverage, so it is not a candidate. (The sums run in the same order as a plain
  // reading of this would add them, so the floating-point results are exactly those.)
  let rest = 0;
  for (let p = 0; p < q.keyCount; p++) {
    const x = q.byWeight[p] ?? 0;
    if (postingLength(q.keys[x] ?? 0) <= MAX_PROBE_POSTING) rest += q.weights[x] ?? 0;
  }
  const need = COVERAGE * q.byWeightTotal - 1e-9;
  let touchedCount = 0;
  for (let p = 0; p < q.keyCount; p++) {
    const x = q.byWeight[p] ?? 0;
    const k = q.keys[x] ?? 0;
    const len = postingLength(k);
    if (len > MAX_PROBE_POSTING) continue;
    if (rest < need) break;
    const w = q.weights[x] ?? 0;
    rest -= w;
    for (let e = postStart[k] ?? 0, end = e + len; e < end; e++) {
      const i = postings[e] ?? 0;
      if (sharedMark[i] !== stamp) {
        sharedMark[i] = stamp;
        shared[i] = 0;
        touched[touchedCount++] = i;
      }
      shared[i] = (shared[i] ?? 0) + w;
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const i = touched[t] ?? 0;
    if (member[i] !== stamp && (shared[i] ?? 0) + rest >= need) {
      member[i] = stamp;
      list[count++] = i;
    }
  }
  for (let r = 0; r < q.runCount; r++) {
    for (let e = runs.first(q.runs[r] ?? 0); e !== -1; e = runs.entryNext[e] ?? -1) {
      const i = runs.entrySentence[e] ?? 0;
      runFlag[i] = stamp;
      if (member[i] !== stamp) {
        member[i] = stamp;
        list[count++] = i;
      }
    }
  }
  list.subarray(0, count).sort();
  return count;
}
