import type { Token, WordForm } from "../text/tokens.ts";

/*
 * Surface overlap of two sentences, as machine-translation metrics read it (Madnani, Tetreault &
 * Chodorow 2012 use such metrics as paraphrase features): every word counts, stopwords included,
 * so "was arrested by" and "arrested" differ where the content keys of similarity.ts agree.
 * Computed only for candidate pairs, from each sentence's stems read once and kept.
 */

/** How many features {@link WordingScratch.features} writes. */
export const WORDING_FEATURES = 7;

/**
 * Stem ids pack three to an exact n-gram code below 2^51 (safe in a double) while the comparison
 * has fewer distinct stems than this; past it, codes may collide, which only overstates overlap.
 */
const PACK = 2 ** 17;

/**
 * The sentences' stems and n-grams, each sentence read the first time a candidate pair needs it,
 * into two shared pools (no allocation per sentence): sentence i's stem ids, in order, at
 * `stemAt[i]`, and from `gramAt[i]` its unigram, bigram and trigram codes, each run sorted.
 */
export class WordingScratch {
  /** Per stem, its id; per written form (shared by its tokens), its stem's id. */
  private readonly ids = new Map<string, number>();
  private readonly byForm = new Map<WordForm, number>();
  /** Per sentence, its word count, or -1 while it is not read. */
  private readonly length: Int32Array;
  private readonly stemAt: Int32Array;
  private readonly gramAt: Int32Array;
  private stems = new Int32Array(1024);
  private grams = new Float64Array(3072);
  private stemsUsed = 0;
  private gramsUsed = 0;
  /** One row of the edit-distance table. */
  private row = new Int32Array(64);
  /** Per stem id, the positions of the shorter sentence it is at (bits), for Myers' algorithm. */
  private peq = new Int32Array(256);

  constructor(sentenceCount: number) {
    this.length = new Int32Array(sentenceCount).fill(-1);
    this.stemAt = new Int32Array(sentenceCount);
    this.gramAt = new Int32Array(sentenceCount);
  }

  /**
   * Writes the pair's features at `at`: unigram, bigram and trigram overlap of stems (the smaller
   * and larger of the two sides' shares), and the word edit distance over the longer length.
   */
  features(
    i: number,
    a: readonly Token[],
    j: number,
    b: readonly Token[],
    out: Float64Array,
    at: number,
  ): void {
    if (this.length[i]! < 0) this.read(i, a);
    if (this.length[j]! < 0) this.read(j, b);
    const la = this.length[i]!;
    const lb = this.length[j]!;
    let ga = this.gramAt[i]!;
    let gb = this.gramAt[j]!;
    for (let n = 0; n < 3; n++) {
      const na = Math.max(0, la - n);
      const nb = Math.max(0, lb - n);
      const shared = overlap(this.grams, ga, ga + na, gb, gb + nb);
      const pa = na > 0 ? shared / na : 0;
      const pb = nb > 0 ? shared / nb : 0;
      out[at + 2 * n] = Math.min(pa, pb);
      out[at + 2 * n + 1] = Math.max(pa, pb);
      ga += na;
      gb += nb;
    }
    const longer = Math.max(la, lb);
    out[at + 6] = longer > 0 ? this.editDistance(i, j) / longer : 0;
  }

  private read(i: number, tokens: readonly Token[]): void {
    const n = tokens.length;
    if (this.stemsUsed + n > this.stems.length) {
      const grown = new Int32Array(2 * (this.stemsUsed + n));
      grown.set(this.stems.subarray(0, this.stemsUsed));
      this.stems = grown;
    }
    if (this.gramsUsed + 3 * n > this.grams.length) {
      const grown = new Float64Array(2 * (this.gramsUsed + 3 * n));
      grown.set(this.grams.subarray(0, this.gramsUsed));
      this.grams = grown;
    }
    const stems = this.stems;
    const s = this.stemsUsed;
    for (let k = 0; k < n; k++) {
      const form = tokens[k]!.form;
      let id = this.byForm.get(form);
      if (id === undefined) {
        id = this.ids.get(form.stem);
        if (id === undefined) {
          id = this.ids.size % PACK;
          this.ids.set(form.stem, id);
        }
        this.byForm.set(form, id);
      }
      stems[s + k] = id;
    }
    const grams = this.grams;
    const uni = this.gramsUsed;
    const bi = uni + n;
    const tri = bi + Math.max(0, n - 1);
    for (let k = 0; k < n; k++) {
      grams[uni + k] = stems[s + k]!;
      if (k >= 1) grams[bi + k - 1] = stems[s + k - 1]! * PACK + stems[s + k]!;
      if (k >= 2)
        grams[tri + k - 2] = (stems[s + k - 2]! * PACK + stems[s + k - 1]!) * PACK + stems[s + k]!;
    }
    const end = tri + Math.max(0, n - 2);
    sortRun(grams, uni, bi);
    sortRun(grams, bi, tri);
    sortRun(grams, tri, end);
    this.length[i] = n;
    this.stemAt[i] = s;
    this.gramAt[i] = uni;
    this.stemsUsed += n;
    this.gramsUsed = end;
  }

  /**
   * Levenshtein distance of two read sentences over word ids (insert, delete or substitute a
   * word: 1 each). With the shorter at most 32 words, Myers' bit-parallel algorithm ("A fast
   * bit-vector algorithm for approximate string matching based on dynamic programming", JACM
   * 1999, in Hyyrö's global form) does it in one pass over the longer; else the textbook table,
   * one row at a time.
   */
  private editDistance(i: number, j: number): number {
    const short = this.length[i]! <= this.length[j]! ? i : j;
    const long = short === i ? j : i;
    const m = this.length[short]!;
    const n = this.length[long]!;
    const a = this.stemAt[short]!;
    const b = this.stemAt[long]!;
    const stems = this.stems;
    if (m === 0) return n;
    if (m > 32) return this.table(a, m, b, n);
    if (this.peq.length < this.ids.size) this.peq = new Int32Array(2 * this.ids.size);
    const peq = this.peq;
    for (let k = 0; k < m; k++) peq[stems[a + k]!]! |= 1 << k;
    const last = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let k = 0; k < n; k++) {
      const eq = peq[stems[b + k]!]!;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let k = 0; k < m; k++) peq[stems[a + k]!] = 0;
    return score;
  }

  private table(a: number, m: number, b: number, n: number): number {
    if (this.row.length < n + 1) this.row = new Int32Array(2 * (n + 1));
    const row = this.row;
    const stems = this.stems;
    for (let k = 0; k <= n; k++) row[k] = k;
    for (let x = 1; x <= m; x++) {
      let diagonal = row[0]!;
      row[0] = x;
      const word = stems[a + x - 1]!;
      for (let y = 1; y <= n; y++) {
        const above = row[y]!;
        const substitute = diagonal + (word === stems[b + y - 1]! ? 0 : 1);
        row[y] = Math.min(above + 1, row[y - 1]! + 1, substitute);
        diagonal = above;
      }
    }
    return row[n]!;
  }
}

/**
 * Sorts `codes[from..to)` in place: an insertion sort, which beats the built-in sort on a
 * sentence's few dozen codes.
 */
function sortRun(codes: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    codes.subarray(from, to).sort();
    return;
  }
  for (let x = from + 1; x < to; x++) {
    const v = codes[x]!;
    let y = x;
    for (; y > from && codes[y - 1]! > v; y--) codes[y] = codes[y - 1]!;
    codes[y] = v;
  }
}

/** How many codes two sorted runs of `codes` share, counting repeats (a multiset intersection). */
function overlap(codes: Float64Array, a: number, aEnd: number, b: number, bEnd: number): number {
  let shared = 0;
  while (a < aEnd && b < bEnd) {
    const x = codes[a]!;
    const y = codes[b]!;
    if (x === y) {
      shared++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return shared;
}
