import type { SentenceTerms } from "./similarity.ts";
import type { AlignmentKind } from "../types.ts";

/**
 * Many-to-many sentence alignment across 2–6 sources, order-free (moved content aligns as well
 * as content in place). Candidate pairs come from an inverted index over informative keys, so
 * the cost grows with the number of pairs that share a rare word rather than with all pairs.
 *
 * A pair is kept when its similarity clears `threshold`, or clears `softThreshold` and is the
 * best partner of one of its sentences in that source (paraphrases score low in absolute terms
 * but still stand out from the alternatives). Sentences that share no name or number while both
 * carry some are scored down by `anchorMismatch`: look-alike events (two different celebrities
 * entering rehab) share the vocabulary of the event type but not its names.
 */

export interface AlignOptions {
  /**
   * Similarity at which a pair always aligns.
   * @default 0.15
   */
  readonly threshold?: number;
  /**
   * Similarity at which a pair aligns when it is a best match for one of its sentences.
   * @default 0.15
   */
  readonly softThreshold?: number;
  /**
   * Multiplier for pairs whose sentences both name people, places or numbers but share none.
   * @default 0.6
   */
  readonly anchorMismatch?: number;
  /**
   * Keys in more than this share of all sentences do not generate candidates.
   * @default 0.5
   */
  readonly maxKeyShare?: number;
  /**
   * Keys in more than this many sentences do not generate candidates either: this bounds the work
   * per sentence, so alignment time grows linearly with the input (see {@link scoreCandidates}).
   * @default 100
   */
  readonly maxKeySentences?: number;
  /**
   * A pair is kept only when it is among the best this many partners, in the other's source, of
   * at least one of its two sentences: more connectors than that from one sentence is noise to a
   * reader, and it bounds the output by the input's length.
   * @default 4
   */
  readonly maxPartners?: number;
  /**
   * Document similarity below which two sources are taken for reports of different events (their
   * sentence scores are scaled down towards 0), and at which they are surely one story.
   * @default [0.06, 0.15]
   */
  readonly storyRange?: readonly [number, number];
  /**
   * Share of names and numbers two sources have in common (of the smaller set) below which they
   * are taken for different events, and at which the names no longer count against them.
   * @default [0.2, 0.4]
   */
  readonly anchorRange?: readonly [number, number];
  /**
   * Between the soft and the full threshold, keep a pair when it is the best match of either
   * sentence ("either") or of both ("mutual").
   * @default "either"
   */
  readonly softRule?: "either" | "mutual";
}

/** Where a sentence sits in its report, for the headline-and-lead rule. */
export type LeadPosition = "headline" | "lead" | null;

export interface SentencePair {
  /** Indices into the sentence list given to {@link alignSentences}; a < b. */
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly kind: AlignmentKind;
}

/** Chosen on the ECB+ development split with scripts/tune-align.ts (see README, "How it works"). */
const DEFAULTS = {
  threshold: 0.15,
  softThreshold: 0.15,
  anchorMismatch: 0.6,
  maxKeyShare: 0.5,
  maxKeySentences: 100,
  maxPartners: 4,
  storyRange: [0.06, 0.15],
  anchorRange: [0.2, 0.4],
  softRule: "either",
} as const;

/**
 * Ranges up to this long are insertion-sorted in place: a typed-array sort with a comparator
 * copies the range out and back and calls into JavaScript per comparison, which costs more on
 * the few entries these ranges usually hold.
 */
const SMALL_SORT = 32;

/**
 * How sure we are that two sources report the same story, in 0..1, from the weighted cosine of
 * their whole vocabularies. Reports of look-alike events (two ferries sinking) share the words of
 * the event type; reports of one event share its names, places and specifics as well.
 */
export function storyConfidence(
  sentences: readonly SentenceTerms[],
  a: number,
  b: number,
  range: readonly [number, number],
  anchorRange: readonly [number, number],
): number {
  let keyCount = 0;
  for (const s of sentences) for (const id of s.ids) keyCount = Math.max(keyCount, id + 1);
  // Per side and key id: the key's largest weight in the source, and whether it is an anchor there.
  const bags = [new Float64Array(keyCount), new Float64Array(keyCount)] as const;
  const anchors = [new Uint8Array(keyCount), new Uint8Array(keyCount)] as const;
  for (const s of sentences) {
    if (s.source !== a && s.source !== b) continue;
    const side = s.source === a ? 0 : 1;
    const bag = bags[side];
    for (let x = 0; x < s.ids.length; x++) {
      const k = s.ids[x]!;
      bag[k] = Math.max(bag[k]!, s.weights[x]!);
      if (s.isAnchor[x]) anchors[side][k] = 1;
    }
  }
  let anchorsA = 0;
  let anchorsB = 0;
  let sharedAnchors = 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let k = 0; k < keyCount; k++) {
    anchorsA += anchors[0][k]!;
    anchorsB += anchors[1][k]!;
    sharedAnchors += anchors[0][k]! & anchors[1][k]!;
    const wa = bags[0][k]!;
    const wb = bags[1][k]!;
    na += wa * wa;
    nb += wb * wb;
    dot += wa * wb;
  }
  const smaller = Math.min(anchorsA, anchorsB);
  // Without names on one side there is nothing to compare: the words decide alone.
  const anchorShare = smaller === 0 ? 1 : sharedAnchors / smaller;
  const cos = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  const ramp = (x: number, [lo, hi]: readonly [number, number]) =>
    Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
  return ramp(cos, range) * ramp(anchorShare, anchorRange);
}

/** Aligns sentences of different sources; returns pairs sorted by (a, b). */
export function alignSentences(
  sentences: readonly SentenceTerms[],
  options: AlignOptions = {},
  leads: readonly LeadPosition[] = [],
  shouldStop: () => boolean = () => false,
): SentencePair[] {
  const opt = { ...DEFAULTS, ...options };
  // A loop, not Math.max(...list): spreading tens of thousands of arguments is slow, and past
  // the engine's argument limit it throws.
  let sourceCount = 0;
  for (const s of sentences) sourceCount = Math.max(sourceCount, s.source + 1);
  const story: number[][] = [];
  for (let a = 0; a < sourceCount; a++) {
    story[a] = [];
    for (let b = 0; b < sourceCount; b++)
      story[a]![b] =
        a === b
          ? 1
          : b < a
            ? (story[b]?.[a] ?? 0)
            : storyConfidence(sentences, a, b, opt.storyRange, opt.anchorRange);
  }
  const scored = scoreCandidates(sentences, opt, story, shouldStop);
  const n = sentences.length;
  /** A sentence and another source: the slot its best partner there fills. */
  const slot = (sentence: number, source: number) => sentence * sourceCount + source;

  // Best partner per (sentence, other source).
  const best = new Float64Array(n * sourceCount);
  const scoredCount = scored.length;
  for (let x = 0; x < scoredCount; x++) {
    const i = scored.a[x]!;
    const j = scored.b[x]!;
    const score = scored.score[x]!;
    const si = slot(i, sentences[j]!.source);
    const sj = slot(j, sentences[i]!.source);
    best[si] = Math.max(best[si]!, score);
    best[sj] = Math.max(best[sj]!, score);
  }
  // Columns again: only the pairs that survive the partner cap become objects.
  const passing = new PairList();
  const pass = (a: number, b: number, score: number) => {
    const bestForA = score === best[slot(a, sentences[b]!.source)];
    const bestForB = score === best[slot(b, sentences[a]!.source)];
    const isBest = opt.softRule === "mutual" ? bestForA && bestForB : bestForA || bestForB;
    if (score >= opt.threshold || isBest) passing.push(a, b, score);
  };
  // Headline with headline and lead with lead: in two reports of one story they carry the same
  // core event (the inverted pyramid), however differently worded. Such a pair scores at least the
  // threshold, whether or not it was scored already.
  const byLead = new Set<number>();
  const led = sentences.flatMap((_, i) => (leads[i] ? [i] : []));
  for (const i of led) {
    for (const j of led) {
      const s = sentences[i]!;
      const t = sentences[j]!;
      if (
        j <= i ||
        t.source === s.source ||
        leads[j] !== leads[i] ||
        (story[s.source]?.[t.source] ?? 0) < 1
      )
        continue;
      byLead.add(i * n + j);
    }
  }
  const unscoredLeads = new Set(byLead);
  for (let x = 0; x < scoredCount; x++) {
    const a = scored.a[x]!;
    const b = scored.b[x]!;
    const isLead = leads[a] && leads[b] && byLead.has(a * n + b);
    if (isLead) unscoredLeads.delete(a * n + b);
    pass(a, b, isLead ? Math.max(scored.score[x]!, opt.threshold) : scored.score[x]!);
  }
  // Lead pairs the scoring did not reach come after the scored ones.
  unscoredLeads.forEach((key) => pass(Math.floor(key / n), key % n, opt.threshold));
  const ranks = partnerRanks(passing, sentences, sourceCount);
  const keep = new Uint8Array(passing.length);
  for (let k = 0; k < passing.length; k++) {
    const a = passing.a[k]!;
    const b = passing.b[k]!;
    if (
      ranks[2 * k]! < opt.maxPartners ||
      ranks[2 * k + 1]! < opt.maxPartners ||
      (leads[a] && leads[b] && byLead.has(a * n + b))
    )
      keep[k] = 1;
  }
  return inPairOrder(passing, keep, n);
}

/**
 * The pairs marked in `keep`, as SentencePairs (score rounded) in (a, b) order: a counting sort
 * by a, then each sentence's pairs by b.
 */
function inPairOrder(pairs: ScoredPairs, keep: Uint8Array, n: number): SentencePair[] {
  const byA = new Int32Array(n + 1);
  for (let k = 0; k < pairs.length; k++) if (keep[k]) byA[pairs.a[k]! + 1]!++;
  for (let a = 0; a < n; a++) byA[a + 1]! += byA[a]!;
  const order = new Int32Array(byA[n]!);
  const fill = byA.slice(0, n);
  for (let k = 0; k < pairs.length; k++) if (keep[k]) order[fill[pairs.a[k]!]!++] = k;
  const kept: SentencePair[] = [];
  for (let a = 0; a < n; a++) {
    const from = byA[a]!;
    const to = byA[a + 1]!;
    // A sentence has a few pairs, but one among the best partners of many (a stock phrase) can
    // have thousands.
    if (to - from > SMALL_SORT) order.subarray(from, to).sort((x, y) => pairs.b[x]! - pairs.b[y]!);
    else {
      for (let x = from + 1; x < to; x++) {
        const k = order[x]!;
        let y = x;
        for (; y > from && pairs.b[order[y - 1]!]! > pairs.b[k]!; y--) order[y] = order[y - 1]!;
        order[y] = k;
      }
    }
    for (let x = from; x < to; x++) {
      const k = order[x]!;
      const score = pairs.score[k]!;
      kept.push({ a, b: pairs.b[k]!, score: round(score), kind: kindOf(score) });
    }
  }
  return kept;
}

/**
 * For each pair k, at 2k its rank among the partners its first sentence has in the second's
 * source, and at 2k + 1 the reverse (0 = best; ties go to the earlier sentence, so the result
 * does not depend on order).
 */
function partnerRanks(
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
class PairList {
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

function kindOf(score: number): AlignmentKind {
  if (score >= 0.98) return "identical";
  if (score >= 0.75) return "near-identical";
  if (score >= 0.3) return "paraphrase";
  return "related";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
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
