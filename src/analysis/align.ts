import { similarity, weightOf, type SentenceTerms, type Vocabulary } from "./similarity.ts";
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
const DEFAULTS = { threshold: 0.15, softThreshold: 0.15, anchorMismatch: 0.6, maxKeyShare: 0.5, storyRange: [0.06, 0.15], anchorRange: [0.2, 0.4], softRule: "either" } as const;

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
): SentencePair[] {
  const opt = { ...DEFAULTS, ...options };
  const sourceCount = Math.max(0, ...sentences.map((s) => s.source + 1));
  const story: number[][] = [];
  for (let a = 0; a < sourceCount; a++) {
    story[a] = [];
    for (let b = 0; b < sourceCount; b++) story[a]![b] = a === b ? 1 : b < a ? (story[b]?.[a] ?? 0) : storyConfidence(sentences, vocab, a, b, opt.storyRange, opt.anchorRange);
  }
  const index = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    for (const k of s.keys) {
      const list = index.get(k) ?? [];
      list.push(i);
      index.set(k, list);
    }
  });
  const maxPosting = Math.max(2, Math.ceil(sentences.length * opt.maxKeyShare));

  const scored = new Map<number, number>(); // pair key a * n + b → score
  const n = sentences.length;
  sentences.forEach((s, i) => {
    const seen = new Set<number>();
    for (const k of s.keys) {
      const posting = index.get(k);
      if (!posting || posting.length > maxPosting) continue;
      for (const j of posting) {
        if (j <= i || seen.has(j)) continue;
        const t = sentences[j];
        if (!t || t.source === s.source) continue;
        seen.add(j);
        const score = pairScore(s, t, vocab, opt.anchorMismatch) * (story[s.source]?.[t.source] ?? 0);
        if (score >= opt.softThreshold) scored.set(i * n + j, score);
      }
    }
  });

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
  sentences.forEach((s, i) => {
    const position = leads[i];
    if (!position) return;
    sentences.forEach((t, j) => {
      if (j <= i || t.source === s.source || leads[j] !== position || (story[s.source]?.[t.source] ?? 0) < 1) return;
      const score = Math.max(scored.get(i * n + j) ?? 0, opt.threshold);
      scored.set(i * n + j, score);
    });
  });

  const pairs: SentencePair[] = [];
  for (const [key, score] of scored) {
    const a = Math.floor(key / n);
    const b = key % n;
    const bestForA = score === best.get(`${a}|${sentences[b]?.source}`);
    const bestForB = score === best.get(`${b}|${sentences[a]?.source}`);
    const isBest = opt.softRule === "mutual" ? bestForA && bestForB : bestForA || bestForB;
    if (score >= opt.threshold || isBest) pairs.push({ a, b, score: round(score), kind: kindOf(score) });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

function pairScore(s: SentenceTerms, t: SentenceTerms, vocab: Vocabulary, mismatch: number): number {
  const sim = similarity(s, t, vocab);
  if (s.anchors.length === 0 || t.anchors.length === 0) return sim;
  // Symmetric: an anchor of either sentence appears among the other's words.
  const shared = s.anchors.some((k) => t.keys.includes(k)) || t.anchors.some((k) => s.keys.includes(k));
  return shared ? sim : sim * mismatch;
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
