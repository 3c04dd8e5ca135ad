import type { SentenceTerms } from "./similarity.ts";

const STOP_CHECK_EVERY = 64;

/**
 * Where the keys worth probing the index with begin, in a sentence's keys ordered most frequent
 * first (`from`..`to` of the flat arrays): all but its most frequent ones, dropped while their
 * share of the sentence's squared weight stays under t². A pair whose shared keys are all dropped
 * has a cosine below t (by Cauchy–Schwarz, the cosine is at most the root of the shared keys'
 * squared share on one side), so it could not align: the prefix filter of Bayardo et al.,
 * "Scaling up all pairs similarity search" (WWW 2007). Dropping the most frequent keys first also
 * keeps the filter exact together with the posting cap: a probed key is never more frequent than
 * a dropped one. Returns the count of dropped keys.
 */
function prefixLength(
  weights: Float64Array,
  from: number,
  to: number,
  norm: number,
  t: number,
): number {
  let dropped = 0;
  let k = 0;
  for (; from + k < to; k++) {
    const w = weights[from + k]!;
    const share = norm > 0 ? (w * w) / norm : 0;
    if (dropped + share >= t * t - 1e-12) break;
    dropped += share;
  }
  return k;
}

/**
 * Scored pairs as parallel columns, in the order they were found (by first sentence): pair x is
 * sentences a[x] < b[x] with score[x]. Typed arrays rather than a Map keyed a * n + b: a long
 * report has a few hundred thousand of them, and Map insertion was a fifth of the scoring time.
 */
export interface ScoredPairs {
  readonly length: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly score: Float64Array;
}

/** A growable {@link ScoredPairs}: doubles its columns when full. */
export class PairList {
  length = 0;
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);

  push(a: number, b: number, score: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      this.a = grow(this.a, new Int32Array(2 * this.length));
      this.b = grow(this.b, new Int32Array(2 * this.length));
      this.score = grow(this.score, new Float64Array(2 * this.length));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.score[this.length++] = score;
  }
}

/**
 * Candidate pairs and their scores (those at or above the soft threshold).
 *
 * Candidates come from an inverted index: two sentences are compared only when they share a key
 * found in at most min(maxKeyShare × n, maxKeySentences) sentences. Without the absolute bound, a
 * word used in a fixed share of a long report (the main actor's name) makes the work grow with the
 * square of the length; with it, each sentence meets at most maxKeySentences others per key, so
 * the work grows linearly. Pairs sharing only such frequent words are not compared: in a long
 * report they are topical neighbours, not two tellings of one fact.
 *
 * The dot products are accumulated while walking the postings (the "all pairs" scheme of Bayardo
 * et al.): each probed key adds its product to every candidate it reaches, so a candidate costs
 * one addition per shared probed key, not a pass over both sentences. The keys not probed (the
 * dropped prefix and those over the posting cap) are few; they are added afterwards from the
 * candidate's own keys. The score is the one similarity.ts defines; only the order of the sums
 * differs, which can move the last bits of a float. Exported for tests, which check it against
 * scoring every pair.
 */
export function scoreCandidates(
  sentences: readonly SentenceTerms[],
  opt: {
    readonly softThreshold: number;
    readonly anchorMismatch: number;
    readonly maxKeyShare: number;
    readonly maxKeySentences: number;
  },
  story: readonly (readonly number[])[],
  shouldStop: () => boolean = () => false,
): ScoredPairs {
  const n = sentences.length;
  // Every sentence's keys side by side in flat typed arrays (its keys at keyStart[i]..keyStart[i+1]):
  // the loops below then read numbers only, which V8 keeps monomorphic and fast.
  const keyStart = new Int32Array(n + 1);
  sentences.forEach((s, i) => (keyStart[i + 1] = keyStart[i]! + s.ids.length));
  const entries = keyStart[n]!;
  const keyIds = new Int32Array(entries);
  const keyWeight = new Float64Array(entries);
  const keyAnchor = new Uint8Array(entries);
  const source = new Int32Array(n);
  const norm = new Float64Array(n);
  const hasAnchors = new Uint8Array(n);
  let keyCount = 0;
  sentences.forEach((s, i) => {
    keyIds.set(s.ids, keyStart[i]);
    keyWeight.set(s.weights, keyStart[i]);
    keyAnchor.set(s.isAnchor, keyStart[i]);
    source[i] = s.source;
    norm[i] = s.norm;
    hasAnchors[i] = s.hasAnchors ? 1 : 0;
    for (const id of s.ids) keyCount = Math.max(keyCount, id + 1);
  });
  let sources = 1;
  for (const x of source) sources = Math.max(sources, x + 1);
  const storyWeight = new Float64Array(sources * sources);
  for (let x = 0; x < sources; x++)
    for (let y = 0; y < sources; y++) storyWeight[x * sources + y] = story[x]?.[y] ?? 0;

  // The inverted index in compressed-row form: the postings of key k are at start[k]..start[k+1],
  // in ascending sentence order, each with that sentence's weight and anchor flag for k.
  const start = new Int32Array(keyCount + 1);
  for (let e = 0; e < entries; e++) start[keyIds[e]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const postSentence = new Int32Array(entries);
  const postWeight = new Float64Array(entries);
  const postAnchor = new Uint8Array(entries);
  // Where each sentence's own entry sits in each of its keys' postings: the partners after it
  // (the only ones it scores) follow right there.
  const ownEntry = new Int32Array(entries);
  // The largest weight each key has in any sentence, to bound what an unprobed key can add.
  const maxWeight = new Float64Array(keyCount);
  for (let i = 0; i < n; i++) {
    for (let e = keyStart[i]!; e < keyStart[i + 1]!; e++) {
      const k = keyIds[e]!;
      const at = fill[k]!++;
      postSentence[at] = i;
      postWeight[at] = keyWeight[e]!;
      postAnchor[at] = keyAnchor[e]!;
      ownEntry[e] = at;
      maxWeight[k] = Math.max(maxWeight[k]!, keyWeight[e]!);
    }
  }
  const postingLength = new Int32Array(keyCount);
  for (let k = 0; k < keyCount; k++) postingLength[k] = start[k + 1]! - start[k]!;
  // Each sentence's keys, most frequent first (a stable insertion sort: a sentence has a few dozen
  // keys at most). The keys a sentence does not probe with are then a prefix of its own list, and
  // a partner's keys that can match them a prefix of the partner's: the residual pass below stops
  // at the first key rarer than all of them instead of reading every key.
  for (let i = 0; i < n; i++) {
    const from = keyStart[i]!;
    const to = keyStart[i + 1]!;
    for (let x = from + 1; x < to; x++) {
      const k = keyIds[x]!;
      const w = keyWeight[x]!;
      const anchor = keyAnchor[x]!;
      const own = ownEntry[x]!;
      const length = postingLength[k]!;
      let y = x;
      for (; y > from && postingLength[keyIds[y - 1]!]! < length; y--) {
        keyIds[y] = keyIds[y - 1]!;
        keyWeight[y] = keyWeight[y - 1]!;
        keyAnchor[y] = keyAnchor[y - 1]!;
        ownEntry[y] = ownEntry[y - 1]!;
      }
      keyIds[y] = k;
      keyWeight[y] = w;
      keyAnchor[y] = anchor;
      ownEntry[y] = own;
    }
  }
  // Read once: the options object's shape differs between callers, and reading it in the loop
  // would make V8 deoptimise the loop each time the shape changes.
  const { softThreshold: t, anchorMismatch, maxKeyShare, maxKeySentences } = opt;
  const maxPosting = Math.max(2, Math.min(Math.ceil(n * maxKeyShare), maxKeySentences));

  // Per candidate sentence, valid where touched equals the current sentence: whether it is a
  // candidate at all, the partial dot product, and whether an anchor is shared.
  const touched = new Int32Array(n).fill(-1);
  const live = new Uint8Array(n);
  const dot = new Float64Array(n);
  const anchorShared = new Uint8Array(n);
  const candidates = new Int32Array(n);
  // Per key, valid where residualOf equals the current sentence: its weight there, for the keys
  // that were not probed.
  const residualOf = new Int32Array(keyCount).fill(-1);
  const residualWeight = new Float64Array(keyCount);
  const residualAnchor = new Uint8Array(keyCount);
  const scored = new PairList();
  for (let i = 0; i < n; i++) {
    // Asked every so many sentences: a clock read costs more than scoring a few pairs.
    if (i % STOP_CHECK_EVERY === 0 && shouldStop()) break;
    const row = source[i]! * sources;
    const normA = norm[i]!;
    const first = keyStart[i]!;
    let count = 0;
    let residuals = 0;
    let residualNorm = 0;
    let residualMost = 0;
    const last = keyStart[i + 1]!;
    const probedFrom = first + prefixLength(keyWeight, first, last, normA, t);
    // The residual keys (dropped or over the cap) lead the list; the rarest of them bounds the
    // partners' keys worth reading for them.
    let residualFloor = 0;
    for (let e = first; e < last; e++) {
      const k = keyIds[e]!;
      const wa = keyWeight[e]!;
      if (e < probedFrom || postingLength[k]! > maxPosting) {
        residualOf[k] = i;
        residualWeight[k] = wa;
        residualAnchor[k] = keyAnchor[e]!;
        residualFloor = postingLength[k]!;
        residuals++;
        residualNorm += wa * wa;
        residualMost += wa * maxWeight[k]!;
        continue;
      }
      const anchorA = keyAnchor[e]!;
      for (let p = ownEntry[e]! + 1, end = start[k + 1]!; p < end; p++) {
        const j = postSentence[p]!;
        if (touched[j] !== i) {
          touched[j] = i;
          // Sentences of the same source, or of a source telling another story, are no candidates.
          live[j] = source[j] !== source[i] && storyWeight[row + source[j]!] !== 0 ? 1 : 0;
          if (!live[j]) continue;
          dot[j] = 0;
          anchorShared[j] = 0;
          candidates[count++] = j;
        } else if (!live[j]) continue;
        dot[j]! += wa * postWeight[p]!;
        if (anchorA || postAnchor[p]) anchorShared[j] = 1;
      }
    }
    // The keys not probed can add at most √(their squared weight in a) × √(b's norm) to the dot
    // product (Cauchy–Schwarz), and at most the sum of their weights in a times their largest
    // weight anywhere; a candidate that cannot reach the threshold even so is not looked at
    // further (the margin keeps float error from deciding).
    const residualShare = normA > 0 ? Math.sqrt(residualNorm / normA) : 0;
    for (let c = 0; c < count; c++) {
      const j = candidates[c]!;
      const normB = norm[j]!;
      const weight = storyWeight[row + source[j]!]!;
      const length = normA > 0 && normB > 0 ? Math.sqrt(normA * normB) : 0;
      let d = dot[j]!;
      if (
        length > 0 &&
        Math.min(d / length + residualShare, (d + residualMost) / length) * weight < t - 1e-9
      )
        continue;
      let shared = anchorShared[j] === 1;
      if (residuals > 0) {
        for (let e = keyStart[j]!, end = keyStart[j + 1]!; e < end; e++) {
          const k = keyIds[e]!;
          if (postingLength[k]! < residualFloor) break;
          if (residualOf[k] !== i) continue;
          d += residualWeight[k]! * keyWeight[e]!;
          if (residualAnchor[k] || keyAnchor[e]) shared = true;
        }
      }
      const sim = length > 0 ? Math.min(1, d / length) : 0;
      // Sentences that both carry names or numbers but share none are scored down.
      const anchored = !hasAnchors[i] || !hasAnchors[j] || shared ? sim : sim * anchorMismatch;
      const score = anchored * weight;
      if (score >= t) scored.push(i, j, score);
    }
  }
  return scored;
}
