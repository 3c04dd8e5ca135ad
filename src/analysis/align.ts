import { weightOf, type SentenceTerms, type Vocabulary } from "./similarity.ts";
import type { AlignmentKind } from "./types.ts";

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
const DEFAULTS = { threshold: 0.15, softThreshold: 0.15, anchorMismatch: 0.6, maxKeyShare: 0.5, maxKeySentences: 100, maxPartners: 4, storyRange: [0.06, 0.15], anchorRange: [0.2, 0.4], softRule: "either" } as const;

/**
 * How sure we are that two sources report the same story, in 0..1, from the weighted cosine of
 * their whole vocabularies. Reports of look-alike events (two ferries sinking) share the words of
 * the event type; reports of one event share its names, places and specifics as well.
 */
export function storyConfidence(
  sentences: readonly SentenceTerms[],
  vocab: Vocabulary,
  a: number,
  b: number,
  range: readonly [number, number],
  anchorRange: readonly [number, number],
): number {
  const bags = [new Map<string, number>(), new Map<string, number>()] as const;
  const anchors = [new Set<string>(), new Set<string>()] as const;
  for (const s of sentences) {
    if (s.source !== a && s.source !== b) continue;
    const side = s.source === a ? 0 : 1;
    const bag = bags[side];
    for (const k of s.keys) bag.set(k, Math.max(bag.get(k) ?? 0, weightOf(k, s, vocab)));
    for (const k of s.anchors) anchors[side].add(k);
  }
  const sharedAnchors = [...anchors[0]].filter((k) => anchors[1].has(k)).length;
  const smaller = Math.min(anchors[0].size, anchors[1].size);
  // Without names on one side there is nothing to compare: the words decide alone.
  const anchorShare = smaller === 0 ? 1 : sharedAnchors / smaller;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of bags[0]) {
    na += w * w;
    const v = bags[1].get(k);
    if (v !== undefined) dot += w * v;
  }
  for (const w of bags[1].values()) nb += w * w;
  const cos = na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  const ramp = (x: number, [lo, hi]: readonly [number, number]) => Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
  return ramp(cos, range) * ramp(anchorShare, anchorRange);
}

/** Aligns sentences of different sources; returns pairs sorted by (a, b). */
export function alignSentences(
  sentences: readonly SentenceTerms[],
  vocab: Vocabulary,
  options: AlignOptions = {},
  leads: readonly LeadPosition[] = [],
  shouldStop: () => boolean = () => false,
): SentencePair[] {
  const opt = { ...DEFAULTS, ...options };
  const sourceCount = Math.max(0, ...sentences.map((s) => s.source + 1));
  const story: number[][] = [];
  for (let a = 0; a < sourceCount; a++) {
    story[a] = [];
    for (let b = 0; b < sourceCount; b++) story[a]![b] = a === b ? 1 : b < a ? (story[b]?.[a] ?? 0) : storyConfidence(sentences, vocab, a, b, opt.storyRange, opt.anchorRange);
  }
  const scored = scoreCandidates(sentences, vocab, opt, story, shouldStop);
  const n = sentences.length;

  // Best partner per (sentence, other source).
  const best = new Map<string, number>();
  for (const [key, score] of scored) {
    const i = Math.floor(key / n);
    const j = key % n;
    const si = sentences[i]?.source ?? -1;
    const sj = sentences[j]?.source ?? -1;
    for (const slot of [`${i}|${sj}`, `${j}|${si}`]) best.set(slot, Math.max(best.get(slot) ?? 0, score));
  }
  // Headline with headline and lead with lead: in two reports of one story they carry the same
  // core event (the inverted pyramid), however differently worded.
  const byLead = new Set<number>();
  sentences.forEach((s, i) => {
    const position = leads[i];
    if (!position) return;
    sentences.forEach((t, j) => {
      if (j <= i || t.source === s.source || leads[j] !== position || (story[s.source]?.[t.source] ?? 0) < 1) return;
      const score = Math.max(scored.get(i * n + j) ?? 0, opt.threshold);
      scored.set(i * n + j, score);
      byLead.add(i * n + j);
    });
  });

  const passing: SentencePair[] = [];
  for (const [key, score] of scored) {
    const a = Math.floor(key / n);
    const b = key % n;
    const bestForA = score === best.get(`${a}|${sentences[b]?.source}`);
    const bestForB = score === best.get(`${b}|${sentences[a]?.source}`);
    const isBest = opt.softRule === "mutual" ? bestForA && bestForB : bestForA || bestForB;
    if (score >= opt.threshold || isBest) passing.push({ a, b, score, kind: kindOf(score) });
  }
  const ranks = partnerRanks(passing, sentences);
  return passing
    .filter((p, k) => byLead.has(p.a * n + p.b) || (ranks[k]?.[0] ?? 0) < opt.maxPartners || (ranks[k]?.[1] ?? 0) < opt.maxPartners)
    .map((p) => ({ ...p, score: round(p.score) }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * For each pair, its rank among the partners its first sentence has in the second's source, and
 * the reverse (0 = best; ties go to the earlier sentence, so the result does not depend on order).
 */
function partnerRanks(pairs: readonly SentencePair[], sentences: readonly SentenceTerms[]): [number, number][] {
  const groups = new Map<string, { k: number; side: 0 | 1; other: number; score: number }[]>();
  pairs.forEach((p, k) => {
    for (const [side, self, other] of [[0, p.a, p.b], [1, p.b, p.a]] as const) {
      const slot = `${self}|${sentences[other]?.source ?? -1}`;
      const list = groups.get(slot) ?? [];
      list.push({ k, side, other, score: p.score });
      groups.set(slot, list);
    }
  });
  const ranks = pairs.map((): [number, number] => [0, 0]);
  for (const list of groups.values()) {
    list.sort((x, y) => y.score - x.score || x.other - y.other);
    list.forEach((x, rank) => {
      const r = ranks[x.k];
      if (r) r[x.side] = rank;
    });
  }
  return ranks;
}

const STOP_CHECK_EVERY = 64;

/**
 * The keys of a sentence worth probing the index with: all but its most frequent ones, dropped
 * while their share of the sentence's squared weight stays under t². A pair whose shared keys are
 * all dropped has a cosine below t (by Cauchy–Schwarz, the cosine is at most the root of the
 * shared keys' squared share on one side), so it could not align: the prefix filter of Bayardo
 * et al., "Scaling up all pairs similarity search" (WWW 2007). Dropping the most frequent keys
 * first also keeps the filter exact together with the posting cap: a probed key is never more
 * frequent than a dropped one.
 */
function probeKeys(a: { readonly keys: Int32Array; readonly weights: Float64Array; readonly norm: number }, postings: readonly (readonly number[])[], t: number): number[] {
  const order = [...a.keys.keys()].sort((x, y) => (postings[a.keys[y] ?? 0]?.length ?? 0) - (postings[a.keys[x] ?? 0]?.length ?? 0) || x - y);
  let dropped = 0;
  let k = 0;
  for (; k < order.length; k++) {
    const w = a.weights[order[k] ?? 0] ?? 0;
    const share = a.norm > 0 ? (w * w) / a.norm : 0;
    if (dropped + share >= t * t - 1e-12) break;
    dropped += share;
  }
  return order.slice(k).map((x) => a.keys[x] ?? 0);
}

/**
 * Candidate pairs and their scores (those at or above the soft threshold), keyed a * n + b.
 *
 * Candidates come from an inverted index: two sentences are compared only when they share a key
 * found in at most min(maxKeyShare × n, maxKeySentences) sentences. Without the absolute bound, a
 * word used in a fixed share of a long report (the main actor's name) makes the work grow with the
 * square of the length; with it, each sentence meets at most maxKeySentences others per key, so
 * the work grows linearly. Pairs sharing only such frequent words are not compared: in a long
 * report they are topical neighbours, not two tellings of one fact.
 *
 * The similarity is computed as in similarity.ts (same terms, same order of sums, so the same
 * floating-point result) over integer key ids and typed arrays, which is what makes it cheap.
 * Exported for tests, which check it against scoring every pair.
 */
export function scoreCandidates(
  sentences: readonly SentenceTerms[],
  vocab: Vocabulary,
  opt: { readonly softThreshold: number; readonly anchorMismatch: number; readonly maxKeyShare: number; readonly maxKeySentences: number },
  story: readonly (readonly number[])[],
  shouldStop: () => boolean = () => false,
): Map<number, number> {
  const n = sentences.length;
  const ids = new Map<string, number>();
  const prepared = sentences.map((s) => {
    const keys = Int32Array.from(s.keys, (k) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
    const anchors = new Set(s.anchors);
    const weights = Float64Array.from(s.keys, (k) => weightOf(k, s, vocab));
    const isAnchor = Uint8Array.from(s.keys, (k) => (anchors.has(k) ? 1 : 0));
    let norm = 0;
    for (const w of weights) norm += w * w;
    return { keys, weights, isAnchor, norm, hasAnchors: anchors.size > 0 };
  });
  const postings: number[][] = Array.from({ length: ids.size }, () => []);
  prepared.forEach((p, i) => {
    for (const id of p.keys) postings[id]?.push(i);
  });
  const maxPosting = Math.max(2, Math.min(Math.ceil(n * opt.maxKeyShare), opt.maxKeySentences));

  // Scratch arrays indexed by key id, valid where stamp equals the current candidate + 1.
  const stamp = new Int32Array(ids.size);
  const otherWeight = new Float64Array(ids.size);
  const otherAnchor = new Uint8Array(ids.size);
  const seen = new Int32Array(n).fill(-1);
  const scored = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    // Asked every so many sentences: a clock read costs more than scoring a few pairs.
    if (i % STOP_CHECK_EVERY === 0 && shouldStop()) break;
    const s = sentences[i];
    const a = prepared[i];
    if (!s || !a) continue;
    for (const id of probeKeys(a, postings, opt.softThreshold)) {
      const posting = postings[id];
      if (!posting || posting.length > maxPosting) continue;
      for (const j of posting) {
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        const t = sentences[j];
        const b = prepared[j];
        if (!t || !b || t.source === s.source) continue;
        const storyWeight = story[s.source]?.[t.source] ?? 0;
        if (storyWeight === 0) continue;
        for (let x = 0; x < b.keys.length; x++) {
          const k = b.keys[x] ?? 0;
          stamp[k] = j + 1;
          otherWeight[k] = b.weights[x] ?? 0;
          otherAnchor[k] = b.isAnchor[x] ?? 0;
        }
        let dot = 0;
        let sharedAnchor = false;
        for (let x = 0; x < a.keys.length; x++) {
          const k = a.keys[x] ?? 0;
          if (stamp[k] !== j + 1) continue;
          dot += (a.weights[x] ?? 0) * (otherWeight[k] ?? 0);
          if (a.isAnchor[x] || otherAnchor[k]) sharedAnchor = true;
        }
        const sim = a.norm > 0 && b.norm > 0 ? Math.min(1, dot / Math.sqrt(a.norm * b.norm)) : 0;
        // Sentences that both carry names or numbers but share none are scored down.
        const anchored = !a.hasAnchors || !b.hasAnchors || sharedAnchor ? sim : sim * opt.anchorMismatch;
        const score = anchored * storyWeight;
        if (score >= opt.softThreshold) scored.set(i * n + j, score);
      }
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

/** For each sentence (by global index), the sentences aligned with it. */
export function partnersOf(pairs: readonly SentencePair[]): Map<number, Set<number>> {
  const partners = new Map<number, Set<number>>();
  for (const p of pairs) {
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      const set = partners.get(x) ?? new Set<number>();
      set.add(y);
      partners.set(x, set);
    }
  }
  return partners;
}
