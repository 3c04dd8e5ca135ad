import type { DocIndex } from "./source-index.ts";

/*
 * The longest common run of words between a quotation and a sentence (what makes a verbatim or a
 * partial match), and the working arrays it and the candidate search reuse from one quotation to
 * the next.
 */

/**
 * Working arrays reused by every quotation. A stamp (bumped per use) marks which entries are
 * current, so nothing is cleared or reallocated between quotations.
 */
export class Scratch {
  stamp = 0;
  /** Global sentence index → stamp of the quotation it is aligned with. */
  readonly aligned: Int32Array;
  /** Key id → stamp of the sentence being tested that has it. */
  readonly keyMark: Int32Array;
  /** Per sentence position of the source being searched (sized for the largest source). */
  readonly member: Int32Array;
  readonly runFlag: Int32Array;
  readonly sharedMark: Int32Array;
  readonly shared: Float64Array;
  readonly touched: Int32Array;
  readonly list: Int32Array;
  /** The longest common run found last: its start in the quotation and the sentence, its length. */
  runQ = 0;
  runS = 0;
  runLength = 0;
  /**
   * For longestCommonRun: per word id, the first position of the word in the sentence (valid
   * where headMark holds the current stamp), and per position the next position of its word.
   */
  readonly head: Int32Array;
  readonly headMark: Int32Array;
  readonly next: Int32Array;
  /** Row number and run length per sentence position, for the odd and even rows of the table. */
  readonly oddRow: Int32Array;
  readonly oddLen: Int32Array;
  readonly evenRow: Int32Array;
  readonly evenLen: Int32Array;
  row = 1;

  constructor(
    keys: number,
    globals: number,
    words: number,
    indexes: readonly DocIndex[],
    longestSentence = 1,
  ) {
    let sentences = 0;
    let longest = longestSentence;
    for (const x of indexes) {
      sentences = Math.max(sentences, x.sentences.length);
      longest = Math.max(longest, x.longest);
    }
    this.member = new Int32Array(sentences);
    this.runFlag = new Int32Array(sentences);
    this.sharedMark = new Int32Array(sentences);
    this.shared = new Float64Array(sentences);
    this.touched = new Int32Array(sentences);
    this.list = new Int32Array(sentences);
    this.aligned = new Int32Array(globals);
    this.keyMark = new Int32Array(keys);
    this.head = new Int32Array(words);
    this.headMark = new Int32Array(words);
    this.next = new Int32Array(longest);
    this.oddRow = new Int32Array(longest);
    this.oddLen = new Int32Array(longest);
    this.evenRow = new Int32Array(longest);
    this.evenLen = new Int32Array(longest);
  }
}

/**
 * Longest run of equal words between q[0 .. length) and words[from .. to); the first longest run
 * (by end in the quotation, then in the sentence) wins. The result goes to scratch.runQ / runS
 * (start in the quotation / the sentence) and runLength.
 *
 * The classic dynamic programme, visiting only the cells where the words are equal: the
 * sentence's positions are first chained by word id, then each quotation word walks its chain
 * in order. A cell's run is one more than the cell diagonally before it if that cell was set in
 * the previous row (rows are told apart by number, so nothing is cleared between calls).
 */
export function longestCommonRun(
  q: Int32Array,
  length: number,
  words: Int32Array,
  from: number,
  to: number,
  scratch: Scratch,
): void {
  const { head, headMark, next } = scratch;
  const chain = ++scratch.stamp;
  for (let j = to - from - 1; j >= 0; j--) {
    const w = words[from + j] ?? 0;
    next[j] = headMark[w] === chain ? (head[w] ?? -1) : -1;
    headMark[w] = chain;
    head[w] = j;
  }
  const base = scratch.row;
  scratch.row += length + 2;
  let bestQ = 0;
  let bestS = 0;
  let bestLength = 0;
  for (let i = 1; i <= length; i++) {
    const w = q[i - 1] ?? 0;
    if (w >= headMark.length || headMark[w] !== chain) continue;
    // Two rows by parity: this one is written while the previous one is read.
    const row = base + i;
    const curRow = i & 1 ? scratch.oddRow : scratch.evenRow;
    const curLen = i & 1 ? scratch.oddLen : scratch.evenLen;
    const prevRow = i & 1 ? scratch.evenRow : scratch.oddRow;
    const prevLen = i & 1 ? scratch.evenLen : scratch.oddLen;
    for (let j = head[w] ?? -1; j !== -1; j = next[j] ?? -1) {
      const len = (j > 0 && prevRow[j - 1] === row - 1 ? (prevLen[j - 1] ?? 0) : 0) + 1;
      curRow[j] = row;
      curLen[j] = len;
      if (len > bestLength) {
        bestQ = i - len;
        bestS = j + 1 - len;
        bestLength = len;
      }
    }
  }
  scratch.runQ = bestQ;
  scratch.runS = bestS;
  scratch.runLength = bestLength;
}

/** The longest common run of two id sequences, as matchOne finds it. Exported for tests. */
export function longestRun(
  q: readonly number[],
  s: readonly number[],
): { readonly qStart: number; readonly start: number; readonly length: number } {
  let words = 1;
  for (const id of s) words = Math.max(words, id + 1);
  const scratch = new Scratch(1, 0, words, [], Math.max(1, s.length));
  longestCommonRun(Int32Array.from(q), q.length, Int32Array.from(s), 0, s.length, scratch);
  return { qStart: scratch.runQ, start: scratch.runS, length: scratch.runLength };
}
