import type { AlignmentKind } from "../types.ts";
import { PairList, scoreCandidates, type ScoredPairs } from "./candidates.ts";
import type { LeadPosition, SentencePair } from "./pairs.ts";
import { partnerRanks, SMALL_SORT } from "./partners.ts";
import type { SentenceTerms } from "./similarity.ts";
import { storyConfidence } from "./story.ts";

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

function kindOf(score: number): AlignmentKind {
  if (score >= 0.98) return "identical";
  if (score >= 0.75) return "near-identical";
  if (score >= 0.3) return "paraphrase";
  return "related";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
