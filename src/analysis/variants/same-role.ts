import { indexPairs, type PairIndex, type SentencePair } from "../align/pairs.ts";
import { relateForms, type NameRelation } from "../text/names.ts";
import type { Token } from "../text/tokens.ts";
import { bySentence, neighboursOf, type Form, type Neighbours, type Occurrence } from "./forms.ts";

/*
 * Context for single words: whether two related words play the same role, standing next to the
 * same words or in sentences the aligner paired.
 */

/**
 * Which sentences the aligner paired, built on first use (most runs never ask): each sentence's
 * partners as a run of one flat list, found by offset, rather than a Set per sentence.
 */
export class Partners {
  private index: PairIndex | undefined;
  private readonly pairs: readonly SentencePair[];
  constructor(pairs: readonly SentencePair[]) {
    this.pairs = pairs;
  }

  of(sentence: number): Int32Array {
    const { start, partner } = (this.index ??= indexPairs(this.pairs));
    return sentence >= 0 && sentence + 1 < start.length
      ? partner.subarray(start[sentence], start[sentence + 1])
      : new Int32Array(0);
  }
}

/**
 * Do two single words play the same role: is there an occurrence of each where the words next to
 * them agree, or whose sentences the aligner paired, as the relation requires? That is, for some
 * pair of occurrences (x, y):
 *  - typo: the neighbours agree;
 *  - transliteration: the neighbours agree, or the sentences are aligned;
 *  - abbreviation: the sentences are aligned;
 *  - otherwise: both, for the same pair.
 * Frequent names occur hundreds of times in each source, so instead of trying every pair of
 * occurrences, `b`'s occurrences are grouped by sentence and its neighbouring words collected
 * once (`bySentence`, `neighboursOf`), and each occurrence of `a` is tested against those.
 */
export function sameRole(a: Form, b: Form, partners: Partners, rel: NameRelation): boolean {
  switch (rel) {
    case "typo":
      return anyNeighbourAgrees(a, b);
    case "transliteration":
      return anyNeighbourAgrees(a, b) || anyAligned(a, b, partners, false);
    case "abbreviation":
      return anyAligned(a, b, partners, false);
    default:
      return anyAligned(a, b, partners, true);
  }
}

/** Some occurrence of `a` is in a sentence aligned with one of `b` (and, if asked, their neighbours agree). */
function anyAligned(a: Form, b: Form, partners: Partners, withNeighbours: boolean): boolean {
  const at = bySentence(b);
  for (const x of a.occurrences) {
    for (const p of partners.of(x.sentence.global)) {
      const ys = at.get(p);
      if (ys && (!withNeighbours || ys.some((y) => neighbourAgrees(x, y)))) return true;
    }
  }
  return false;
}

/** The word right before or after is the same on both sides (by stem, or as a related name). */
function neighbourAgrees(x: Occurrence, y: Occurrence): boolean {
  return (
    tokensAgree(x.sentence.tokens[x.first - 1], y.sentence.tokens[y.first - 1]) ||
    tokensAgree(x.sentence.tokens[x.last + 1], y.sentence.tokens[y.last + 1])
  );
}

function tokensAgree(tx: Token | undefined, ty: Token | undefined): boolean {
  if (!tx || !ty) return false;
  if (tx.stem === ty.stem && tx.lower.length > 2) return true;
  return tx.capitalized && ty.capitalized && relateForms(tx.raw, ty.raw) !== null;
}

/** `neighbourAgrees` for some occurrence of `a` and some of `b`. */
function anyNeighbourAgrees(a: Form, b: Form): boolean {
  const { before, after } = neighboursOf(b);
  // A capitalised neighbour of `a` that relates to none of `b`'s is not compared again.
  const tried = [new Set<string>(), new Set<string>()] as const;
  for (const x of a.occurrences) {
    const tokens = x.sentence.tokens;
    if (
      agreesWithAny(tokens[x.first - 1], before, tried[0]) ||
      agreesWithAny(tokens[x.last + 1], after, tried[1])
    )
      return true;
  }
  return false;
}

function agreesWithAny(tx: Token | undefined, side: Neighbours, tried: Set<string>): boolean {
  if (!tx) return false;
  if (tx.lower.length > 2 && side.stems.has(tx.stem)) return true;
  if (!tx.capitalized || tried.has(tx.raw)) return false;
  tried.add(tx.raw);
  return side.capitals.some((raw) => relateForms(tx.raw, raw) !== null);
}
