import type { ScoredPairs } from "./candidates.ts";
import type { SentenceTerms } from "./similarity.ts";

/**
 * Ranges up to this long are insertion-sorted in place: a typed-array sort with a comparator
 * copies the range out and back and calls into JavaScript per comparison, which costs more on
 * the few entries these ranges usually hold.
 */
export const SMALL_SORT = 32;

/**
 * For each pair k, at 2k its rank among the partners its first sentence has in the second's
 * source, and at 2k + 1 the reverse (0 = best; ties go to the earlier sentence, so the result
 * does not depend on order).
 */
export function partnerRanks(
  pairs: ScoredPairs,
  sentences: readonly SentenceTerms[],
  sourceCount: number,
): Int32Array {
  // Each pair has two sides; side e of pair k is entry 2k + e. Entries are grouped by their
  // sentence and the partner's source (a counting sort: groups are small integers), then each
  // group is ordered best first, and a rank counts up in it.
  const m = 2 * pairs.length;
  const groups = sentences.length * sourceCount;
  const group = new Int32Array(m);
  const score = new Float64Array(m);
  const other = new Int32Array(m);
  const groupStart = new Int32Array(groups + 1);
  for (let k = 0; k < pairs.length; k++) {
    const a = pairs.a[k]!;
    const b = pairs.b[k]!;
    group[2 * k] = a * sourceCount + sentences[b]!.source;
    group[2 * k + 1] = b * sourceCount + sentences[a]!.source;
    score[2 * k] = score[2 * k + 1] = pairs.score[k]!;
    other[2 * k] = b;
    other[2 * k + 1] = a;
  }
  for (let e = 0; e < m; e++) groupStart[group[e]! + 1]!++;
  for (let g = 0; g < groups; g++) groupStart[g + 1]! += groupStart[g]!;
  const fill = groupStart.slice(0, groups);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) order[fill[group[e]!]!++] = e;
  // Within a group the partner differs from entry to entry, so the order is total.
  const before = (x: number, y: number) => score[y]! - score[x]! || other[x]! - other[y]!;
  const ranks = new Int32Array(m);
  for (let g = 0; g < groups; g++) {
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    if (to - from > SMALL_SORT) order.subarray(from, to).sort(before);
    else {
      for (let x = from + 1; x < to; x++) {
        const e = order[x]!;
        let y = x;
        for (; y > from && before(order[y - 1]!, e) > 0; y--) order[y] = order[y - 1]!;
        order[y] = e;
      }
    }
    for (let x = from; x < to; x++) ranks[order[x]!] = x - from;
  }
  return ranks;
}
