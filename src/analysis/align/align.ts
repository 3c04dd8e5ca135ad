import type { AlignmentKind } from "../types.ts";
import { PairList, scoreCandidates, type ScoredPairs } from "./candidates.ts";
import type { LeadPosition, SentencePair } from "./pairs.ts";
import { partnerRanks, SMALL_SORT } from "./partners.ts";
import { FEATURES, PairScratch, probability } from "./features.ts";
import { ALIGN_MODEL, type AlignModel } from "./model.ts";
import type { SentenceTerms } from "./similarity.ts";
import { storyConfidence } from "./story.ts";

/**
 * Many-to-many sentence alignment across 2–6 sources, order-free (moved content aligns as well
 * as content in place). Candidate pairs come from an inverted index over informative keys, so
 * the cost grows with the number of pairs that share a rare word rather than with all pairs.
 *
 * Each candidate is then judged by two small logistic regressions over the features of
 * features.ts (lexical and vector similarity, the wording's n-gram overlap and edit distance,
 * names and numbers that conflict, negation, length, story, headline and lead), whose weights scripts/train-align.ts learns on the development sets
 * (model.ts): one says whether the two sentences report the same event (ECB+), the other whether
 * they say the same thing (MSRP paraphrases). A pair is kept when either clears its threshold;
 * its kind is a paraphrase (or identical, near-identical) when the second does, `related` when
 * only the first does. A sentence keeps its best `maxPartners` partners per source at most.
 */

export interface AlignOptions {
  /**
   * Lexical similarity (times the story confidence) below which a pair is not a candidate at all:
   * below it, two sentences of one story share too little to tell a reader they report the same
   * thing (at 0.10–0.14, ECB+ gains recall and the shipped seed loses two of its three sentences
   * only one source reports).
   * @default 0.15
   */
  readonly softThreshold?: number;
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
   * one of its sentences: more connectors than that from one sentence is noise to a reader, and
   * it bounds the output by the input's length. 4 was chosen with scripts/train-align.ts: the
   * ECB+ silver pairs link every sentence that mentions the event, and caps of 1, 2 and 3 cost
   * their F1 0.33, 0.15 and 0.05 (leave-one-topic-out).
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
   * The pair models and their thresholds.
   * @default ALIGN_MODEL (model.ts, learned by scripts/train-align.ts)
   */
  readonly model?: AlignModel;
}

/**
 * Multiplier for the related score of sentences that both name people, places or numbers but
 * share none: look-alike events (two different celebrities entering rehab) share the vocabulary
 * of the event type but not its names.
 */
const ANCHOR_MISMATCH = 0.6;

const DEFAULTS = {
  softThreshold: 0.15,
  maxKeyShare: 0.5,
  maxKeySentences: 100,
  maxPartners: 4,
  storyRange: [0.06, 0.15],
  anchorRange: [0.2, 0.4],
  model: ALIGN_MODEL,
} as const;

/** Every candidate pair with its features ({@link FEATURES}, row after row). */
export interface Candidates {
  readonly pairs: ScoredPairs;
  readonly features: Float64Array;
}

/** The candidate pairs of {@link alignSentences}, with their features (exported for training). */
export function alignmentCandidates(
  sentences: readonly SentenceTerms[],
  options: AlignOptions = {},
  leads: readonly LeadPosition[] = [],
  shouldStop: () => boolean = () => false,
): Candidates {
  const opt = { ...DEFAULTS, ...options };
  // A loop, not Math.max(...list): spreading tens of thousands of arguments is slow, and past
  // the engine's argument limit it throws.
  let sourceCount = 0;
  let keyCount = 0;
  for (const s of sentences) {
    sourceCount = Math.max(sourceCount, s.source + 1);
    for (const id of s.ids) keyCount = Math.max(keyCount, id + 1);
  }
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
  // Names and numbers are the model's to weigh: the candidate search does not score them down.
  const scored = scoreCandidates(sentences, { ...opt, anchorMismatch: 1 }, story, shouldStop);
  const n = sentences.length;
  // Headline with headline and lead with lead, in two sources surely of one story: candidates
  // whether or not they share a word (the inverted pyramid puts the main event on top).
  const pairs = new PairList();
  const seen = new Set<number>();
  for (let x = 0; x < scored.length; x++) {
    pairs.push(scored.a[x]!, scored.b[x]!, scored.score[x]!);
    seen.add(scored.a[x]! * n + scored.b[x]!);
  }
  const led = sentences.flatMap((_, i) => (leads[i] ? [i] : []));
  for (const i of led) {
    for (const j of led) {
      const s = sentences[i]!;
      const t = sentences[j]!;
      if (j <= i || t.source === s.source || leads[j] !== leads[i]) continue;
      if ((story[s.source]?.[t.source] ?? 0) < 1 || seen.has(i * n + j)) continue;
      pairs.push(i, j, 0);
    }
  }
  const width = FEATURES.length;
  const features = new Float64Array(pairs.length * width);
  const scratch = new PairScratch(keyCount, n);
  for (let x = 0; x < pairs.length; x++) {
    const i = pairs.a[x]!;
    const j = pairs.b[x]!;
    const s = sentences[i]!;
    const t = sentences[j]!;
    const lead = leads[i] !== undefined && leads[i] !== null && leads[i] === leads[j];
    scratch.features(i, s, j, t, story[s.source]![t.source]!, lead, features, x * width);
  }
  return { pairs, features };
}

/** Aligns sentences of different sources; returns pairs sorted by (a, b). */
export function alignSentences(
  sentences: readonly SentenceTerms[],
  options: AlignOptions = {},
  leads: readonly LeadPosition[] = [],
  shouldStop: () => boolean = () => false,
): SentencePair[] {
  const opt = { ...DEFAULTS, ...options };
  const { pairs, features } = alignmentCandidates(sentences, opt, leads, shouldStop);
  const withVectors = sentences.some((s) => s.vector !== undefined);
  const { align, paraphrase } = withVectors ? opt.model.vectors : opt.model.lexical;
  let sourceCount = 0;
  for (const s of sentences) sourceCount = Math.max(sourceCount, s.source + 1);
  const width = FEATURES.length;
  const passing = new PairList();
  const kinds: AlignmentKind[] = [];
  const story = FEATURES.indexOf("story");
  const lead = FEATURES.indexOf("lead");
  const anchorConflict = FEATURES.indexOf("anchorConflict");
  for (let x = 0; x < pairs.length; x++) {
    const at = x * width;
    // Related: the words they share, scaled down when their names and numbers conflict (a
    // look-alike event) and by how sure we are that their sources tell one story; in one story,
    // headline with headline and lead with lead always relate (the inverted pyramid).
    const storyWeight = features[at + story]!;
    const related =
      features[at]! * (features[at + anchorConflict] === 1 ? ANCHOR_MISMATCH : 1) * storyWeight;
    const byLead = features[at + lead] === 1 && storyWeight === 1;
    const pAlign = byLead ? Math.max(related, align.threshold) : related;
    const pSame = probability(paraphrase, features, at) * storyWeight;
    const sameContent = pSame >= paraphrase.threshold;
    // A pair the words do not relate aligns on the model's word alone only when it finds the
    // same content more likely than not (its classes were balanced in training): the threshold
    // chosen on MSRP, where two pairs in three are paraphrases, is too lenient for reports.
    if (pAlign < align.threshold && pSame < Math.max(paraphrase.threshold, 0.5)) continue;
    passing.push(pairs.a[x]!, pairs.b[x]!, Math.max(pAlign, pSame));
    kinds.push(sameContent ? kindOf(features[x * width]!) : "related");
  }
  const ranks = partnerRanks(passing, sentences, sourceCount);
  const keep = new Uint8Array(passing.length);
  for (let k = 0; k < passing.length; k++)
    if (ranks[2 * k]! < opt.maxPartners || ranks[2 * k + 1]! < opt.maxPartners) keep[k] = 1;
  return inPairOrder(passing, kinds, keep, sentences.length);
}

/**
 * The pairs marked in `keep`, as SentencePairs (score rounded) in (a, b) order: a counting sort
 * by a, then each sentence's pairs by b.
 */
function inPairOrder(
  pairs: ScoredPairs,
  kinds: readonly AlignmentKind[],
  keep: Uint8Array,
  n: number,
): SentencePair[] {
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
      kept.push({ a, b: pairs.b[k]!, score: round(score), kind: kinds[k]! });
    }
  }
  return kept;
}

/** The kind of a pair that says the same thing, by how many of its words it shares. */
function kindOf(lexical: number): AlignmentKind {
  if (lexical >= 0.98) return "identical";
  if (lexical >= 0.75) return "near-identical";
  return "paraphrase";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
