import type { SentenceTerms } from "./similarity.ts";
import { vectorCosine } from "./vectors.ts";
import { WORDING_FEATURES, WordingScratch } from "./wording.ts";

/*
 * What the alignment model (model.ts) reads about one pair of sentences from different sources.
 * Each feature is a number in 0..1; the model's weights are learned by scripts/train-align.ts.
 */

/** The features, in the order of the model's weights. */
export const FEATURES = [
  /** IDF-weighted cosine of the two sentences' keys (similarity.ts). */
  "lexical",
  /** Cosine of the two SIF sentence embeddings; the lexical cosine when either has none. */
  "vector",
  /**
   * Of the less covered sentence, the share of its squared key weight the other also has: a
   * short sentence inside a long one is covered fully on one side only.
   */
  "coverageMin",
  /** The same share for the better covered sentence. */
  "coverageMax",
  /**
   * Of the shorter sentence's pairs of consecutive content keys, the share the other sentence
   * also has consecutively: shared wording, not only shared words.
   */
  "bigrams",
  /** 1 when both name people, places or numbers and share none of them. */
  "anchorConflict",
  /** Of the numbers the two state, the share only one states (0 unless both state some). */
  "numberConflict",
  /** 1 when one sentence is negated and the other is not. */
  "negation",
  /** The shorter sentence's key count over the longer's. */
  "lengthRatio",
  /** How sure we are that the two sources report one story (story.ts). */
  "story",
  /** 1 for headline with headline or lead with lead. */
  "lead",
  /**
   * What one sentence says that the other does not (Dolan & Brockett 2005: a sentence with a
   * clause the other lacks is no paraphrase of it): of each sentence's content keys, how many
   * the other lacks, n / (n + 3), on the side with fewer…
   */
  "unsharedMin",
  /** …and on the side with more. */
  "unsharedMax",
  /**
   * The same, each key counted by how much it tells ({@link SentenceTerms.information}): an
   * extra name or rare word is more news than an extra "said" or "also".
   */
  "unsharedInformationMin",
  "unsharedInformationMax",
  /**
   * Surface overlap, every word counted (wording.ts): of the two sentences' stems, the share the
   * other also has, on the side that has the smaller share…
   */
  "unigramsMin",
  /** …and on the other side. */
  "unigramsMax",
  /** The same shares for pairs of consecutive stems… */
  "bigramsMin",
  "bigramsMax",
  /** …and for runs of three. */
  "trigramsMin",
  "trigramsMax",
  /** Word edit distance over the longer sentence's length: reordered or rewritten wording. */
  "editDistance",
] as const;

export type Feature = (typeof FEATURES)[number];

/**
 * Per key id, the weight and anchor flag of the key in the pair's first sentence, valid where
 * `stamp` holds that sentence's index: set once per first sentence, read for each partner.
 */
export class PairScratch {
  private stamp: Int32Array;
  private weight: Float64Array;
  private anchor: Uint8Array;
  private number: Uint8Array;
  private information: Float64Array;
  private current = -1;
  /**
   * The key after each key in the first sentence (-1 after its last): its keys are distinct, so
   * this holds all its pairs of consecutive keys.
   */
  private next: Int32Array;

  private wording: WordingScratch;

  /** For sentences whose key ids are below `keyCount`, `sentenceCount` of them. */
  constructor(keyCount: number, sentenceCount: number) {
    this.wording = new WordingScratch(sentenceCount);
    this.stamp = new Int32Array(keyCount).fill(-1);
    this.weight = new Float64Array(keyCount);
    this.anchor = new Uint8Array(keyCount);
    this.number = new Uint8Array(keyCount);
    this.information = new Float64Array(keyCount);
    this.next = new Int32Array(keyCount);
  }

  /** Writes the features of sentences `i` (= a) and `j` (= b) into `out` at `at`. */
  features(
    i: number,
    a: SentenceTerms,
    j: number,
    b: SentenceTerms,
    story: number,
    lead: boolean,
    out: Float64Array,
    at: number,
  ): void {
    if (this.current !== i) this.load(i, a);
    let dot = 0;
    let sharedA = 0;
    let sharedB = 0;
    let sharedAnchor = false;
    let sharedNumbers = 0;
    let sharedKeys = 0;
    let sharedInformationA = 0;
    let sharedInformationB = 0;
    for (let x = 0; x < b.ids.length; x++) {
      const k = b.ids[x]!;
      if (k >= this.stamp.length || this.stamp[k] !== i) continue;
      sharedKeys++;
      sharedInformationA += this.information[k]!;
      sharedInformationB += b.information[x]!;
      dot += this.weight[k]! * b.weights[x]!;
      sharedA += this.weight[k]! * this.weight[k]!;
      sharedB += b.weights[x]! * b.weights[x]!;
      if (this.anchor[k] || b.isAnchor[x]) sharedAnchor = true;
    }
    for (const k of b.numbers)
      if (k < this.stamp.length && this.stamp[k] === i && this.number[k]) sharedNumbers++;
    let sharedBigrams = 0;
    for (let x = 1; x < b.ids.length; x++) {
      const k = b.ids[x - 1]!;
      if (k < this.stamp.length && this.stamp[k] === i && this.next[k] === b.ids[x]!)
        sharedBigrams++;
    }
    const fewerBigrams = Math.min(a.ids.length, b.ids.length) - 1;
    const coverA = a.norm > 0 ? sharedA / a.norm : 0;
    const coverB = b.norm > 0 ? sharedB / b.norm : 0;
    const lexical = a.norm > 0 && b.norm > 0 ? Math.min(1, dot / Math.sqrt(a.norm * b.norm)) : 0;
    const allNumbers = a.numbers.length + b.numbers.length - sharedNumbers;
    const shorter = Math.min(a.ids.length, b.ids.length);
    const longer = Math.max(a.ids.length, b.ids.length);
    out[at] = lexical;
    out[at + 1] = a.vector && b.vector ? Math.max(0, vectorCosine(a.vector, b.vector)) : lexical;
    out[at + 2] = Math.min(coverA, coverB);
    out[at + 3] = Math.max(coverA, coverB);
    out[at + 4] = fewerBigrams > 0 ? Math.min(1, sharedBigrams / fewerBigrams) : 0;
    out[at + 5] = a.hasAnchors && b.hasAnchors && !sharedAnchor ? 1 : 0;
    out[at + 6] =
      a.numbers.length > 0 && b.numbers.length > 0 ? (allNumbers - sharedNumbers) / allNumbers : 0;
    out[at + 7] = a.negated !== b.negated ? 1 : 0;
    out[at + 8] = longer > 0 ? shorter / longer : 0;
    out[at + 9] = story;
    out[at + 10] = lead ? 1 : 0;
    const unsharedA = a.ids.length - sharedKeys;
    const unsharedB = b.ids.length - sharedKeys;
    out[at + 11] = saturate(Math.min(unsharedA, unsharedB));
    out[at + 12] = saturate(Math.max(unsharedA, unsharedB));
    const missingA = Math.max(0, a.informationSum - sharedInformationA);
    const missingB = Math.max(0, b.informationSum - sharedInformationB);
    out[at + 13] = saturate(Math.min(missingA, missingB));
    out[at + 14] = saturate(Math.max(missingA, missingB));
    this.wording.features(i, a.tokens, j, b.tokens, out, at + SURFACE);
  }

  private load(i: number, a: SentenceTerms): void {
    this.current = i;
    for (let x = 0; x < a.ids.length; x++) {
      const k = a.ids[x]!;
      if (k >= this.stamp.length) continue;
      this.stamp[k] = i;
      this.weight[k] = a.weights[x]!;
      this.anchor[k] = a.isAnchor[x]!;
      this.number[k] = 0;
      this.information[k] = a.information[x]!;
      this.next[k] = x + 1 < a.ids.length ? a.ids[x + 1]! : -1;
    }
    for (const k of a.numbers) if (k < this.stamp.length) this.number[k] = 1;
  }
}

/**
 * A count of words (or of their information) as 0..1, a half at three: the first words one
 * sentence adds are what tells it apart, a tenth extra word little more than the ninth.
 */
function saturate(n: number): number {
  return n / (n + 3);
}

/** Where the features of wording.ts begin. */
const SURFACE = FEATURES.indexOf("unigramsMin");
if (SURFACE + WORDING_FEATURES !== FEATURES.length) throw new Error("wording features misplaced");

/** A logistic regression over {@link FEATURES}. */
export interface PairModel {
  readonly bias: number;
  /** One weight per feature, in the order of {@link FEATURES}. */
  readonly weights: readonly number[];
}

/** The model's probability for the features at `at` of `features`. */
export function probability(model: PairModel, features: Float64Array, at: number): number {
  let z = model.bias;
  for (let f = 0; f < model.weights.length; f++) z += model.weights[f]! * features[at + f]!;
  return 1 / (1 + Math.exp(-z));
}
