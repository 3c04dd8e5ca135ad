import { startsWithDigit, type Token } from "../text/tokens.ts";
import { informationOfRow, rowOfWord, vectorOfRows, type WordVectors } from "./vectors.ts";
import { isContent, type Vocabulary } from "./vocabulary.ts";

/**
 * Lexical similarity between sentences of different sources, built to survive paraphrase:
 * Porter stems (expanding/expands), derivational folding inside the comparison's own vocabulary
 * (Kenyan → Kenya, defensive → defense, both by stem and by suffix), name variants across sources
 * counted as one word (Okafor/Okaafor), and inverse-document-frequency weights so that rare,
 * informative words (names, numbers, specific nouns) count more than ones every sentence has.
 */

/** A sentence prepared for comparison. */
export interface SentenceTerms {
  /** Index of the source it belongs to. */
  readonly source: number;
  readonly tokens: readonly Token[];
  /**
   * The vocabulary's integer id of each canonical content key, deduplicated, in order of first
   * use ({@link keysOf} spells them out).
   */
  readonly ids: Int32Array;
  /** The weight of each key in this sentence ({@link weightOf}), in the order of `ids`. */
  readonly weights: Float64Array;
  /**
   * 1 where the key is an anchor, in the order of `ids`: a name or number, what distinguishes
   * one event from a look-alike.
   */
  readonly isAnchor: Uint8Array;
  /** Whether any key is an anchor. */
  readonly hasAnchors: boolean;
  /** The sum of the squared weights. */
  readonly norm: number;
  /**
   * How much each key tells, in the order of `ids`: 0..1 by how rare the word is in English
   * ({@link informationOf}; its rarest written form), 1 for every key without word vectors.
   */
  readonly information: Float64Array;
  /** The sum of `information`. */
  readonly informationSum: number;
  /** Key ids of the numbers the sentence states, deduplicated. */
  readonly numbers: Int32Array;
  /** Whether the sentence is negated (not, never, no one, didn't…). */
  readonly negated: boolean;
  /** The sentence's embedding (vectors.ts), when word vectors were given and know its words. */
  readonly vector: Float32Array | undefined;
}

/**
 * Words that negate a clause in English (Quirk et al. 1985, §10.54–10.70): a pair whose one side
 * says something happened and the other that it did not shares every content word.
 */
const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "nor",
  "none",
  "nobody",
  "nothing",
  "neither",
  "cannot",
]);

function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || lower.endsWith("n't") || lower.endsWith("n’t");
}

/** Weight multiplier for names and numbers, which pin a sentence to one event. */
export const ANCHOR_BOOST = 1.5;

/** Prepares one sentence's keys and anchors with the comparison's vocabulary. */
export function sentenceTerms(
  source: number,
  tokens: readonly Token[],
  vocab: Vocabulary,
  vectors?: WordVectors,
): SentenceTerms {
  // Key ids in order of first use, with a linear search: a sentence has a few dozen words, where
  // an array beats a Set.
  const ids: number[] = [];
  const anchorIds: number[] = [];
  const numberIds: number[] = [];
  const information: number[] = [];
  let negated = false;
  const terms = vocab.termsOf(tokens);
  // Each content word's vector row, looked up once for both its information and the sentence's
  // embedding (two look-ups per word before: sentenceTerms went from 6.0% to 5.7% of the CPU
  // profile of the bench's real-text pair).
  // A word with a key id is a content word (Vocabulary.termsOf), so every id has its row here.
  const rows = vectors ? new Int32Array(tokens.length) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = terms[i]!;
    if (rows && vectors) rows[i] = isContent(t) ? rowOfWord(t.lower, vectors) : -1;
    if (!negated && isNegator(t.lower)) negated = true;
    if (id < 0) continue;
    if (startsWithDigit(t.lower) && !numberIds.includes(id)) numberIds.push(id);
    const bits = rows && vectors ? informationOfRow(rows[i]!, vectors) : 1;
    const at = ids.indexOf(id);
    if (at < 0) {
      ids.push(id);
      information.push(bits);
    } else information[at] = Math.max(information[at]!, bits);
    // A capital at the very start of a sentence is grammar, not a name.
    if (((t.capitalized && i > 0) || startsWithDigit(t.lower)) && !anchorIds.includes(id))
      anchorIds.push(id);
  }
  const keyIds = new Int32Array(ids);
  const weights = new Float64Array(ids.length);
  const isAnchor = new Uint8Array(ids.length);
  let norm = 0;
  let informationSum = 0;
  for (const bits of information) informationSum += bits;
  for (let x = 0; x < ids.length; x++) {
    isAnchor[x] = anchorIds.includes(ids[x]!) ? 1 : 0;
    const w = vocab.idfOf(ids[x]!) * (isAnchor[x] ? ANCHOR_BOOST : 1);
    weights[x] = w;
    norm += w * w;
  }
  return {
    source,
    tokens,
    ids: keyIds,
    weights,
    isAnchor,
    hasAnchors: anchorIds.length > 0,
    norm,
    information: new Float64Array(information),
    informationSum,
    numbers: new Int32Array(numberIds),
    negated,
    vector: rows && vectors && ids.length > 0 ? vectorOfRows(rows, vectors) : undefined,
  };
}

/** A sentence's content keys, spelled out, in the order of `ids`. */
export function keysOf(s: SentenceTerms, vocab: Vocabulary): string[] {
  return Array.from(s.ids, vocab.keyWithId);
}

/** A sentence's anchor keys (names and numbers), spelled out. */
export function anchorsOf(s: SentenceTerms, vocab: Vocabulary): string[] {
  return keysOf(s, vocab).filter((_, x) => s.isAnchor[x] === 1);
}

/** Weight of one key of a sentence whose anchors are `anchors`. */
export function weightOf(key: string, anchors: readonly string[], vocab: Vocabulary): number {
  const w = vocab.idf.get(key) ?? 0;
  return anchors.includes(key) ? w * ANCHOR_BOOST : w;
}

/**
 * Weighted cosine of the two key sets (binary term vectors with IDF weights), in 0..1, and the
 * anchors the two sentences share. The sum over shared keys uses the larger weight of the two
 * sides, so a name that starts one sentence still counts as a name.
 */
export function similarity(a: SentenceTerms, b: SentenceTerms, vocab: Vocabulary): number {
  let na = 0;
  let nb = 0;
  let dot = 0;
  const aAnchors = anchorsOf(a, vocab);
  const bAnchors = anchorsOf(b, vocab);
  const bKeys = new Set(keysOf(b, vocab));
  for (const k of keysOf(a, vocab)) {
    const wa = weightOf(k, aAnchors, vocab);
    na += wa * wa;
    if (bKeys.has(k)) {
      const wb = weightOf(k, bAnchors, vocab);
      dot += wa * wb;
    }
  }
  for (const k of bKeys) {
    const wb = weightOf(k, bAnchors, vocab);
    nb += wb * wb;
  }
  return na > 0 && nb > 0 ? Math.min(1, dot / Math.sqrt(na * nb)) : 0;
}
