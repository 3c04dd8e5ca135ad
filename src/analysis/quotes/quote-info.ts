import type { Doc } from "../read/document.ts";
import { isSpace } from "../text/quote-marks.ts";
import { isContent, type Vocabulary } from "../align/vocabulary.ts";
import { tokenize, type Token } from "../text/tokens.ts";
import type { FoundQuote } from "./find.ts";
import { RUN, runHash } from "./run-table.ts";
import { indexDocs, Interner, KeyIds, type DocIndex } from "./source-index.ts";

/*
 * A quotation prepared for matching: its tokens (mostly reused from its sentences' tokens), word
 * ids, weighted content keys, heaviest keys first for the prefix filter, run hashes and the keys
 * of its speaker's name.
 */

/**
 * The quotation being matched, prepared once for comparison with many sentences. One instance
 * serves every quotation in turn: its arrays only grow, so preparing a quotation allocates
 * next to nothing.
 */
export class QuoteInfo {
  /** The quotation's tokens, and their count. */
  readonly tokens: Token[] = [];
  length = 0;
  /** Word id and content flag (isContent) of each token. */
  words = new Int32Array(16);
  content = new Uint8Array(16);
  /** Its distinct content keys in order of appearance: ids (0 for a key no sentence has), texts, weights. */
  keyCount = 0;
  keys = new Int32Array(16);
  keyTexts: string[] = [];
  weights = new Float64Array(16);
  /** Sum of the weights, in key order. */
  total = 0;
  /** Positions in `keys`, heaviest first (ties by key text), for the prefix filter. */
  byWeight = new Int32Array(16);
  /** Sum of the weights, heaviest first. */
  byWeightTotal = 0;
  /** Hashes of its runs of RUN words, and their count. */
  runs = new Int32Array(16);
  runCount = 0;
  speakerKeys: readonly number[] = [];

  private readonly vocab: Vocabulary;
  private readonly wordIds: Interner;
  private readonly keyIds: KeyIds;
  /** Weight by key id, NaN until first needed. */
  private readonly weightById: Float64Array;
  /** Key id → stamp of the quotation that has it, to drop repeated keys. */
  private readonly keySeen: Int32Array;
  private stamp = 0;
  private readonly speakersSeen = new Map<string, readonly number[]>();
  /** Sentence tokens inside the quotation being prepared, with their word ids (reused arrays). */
  private readonly inside: Token[] = [];
  private readonly insideIds: number[] = [];
  private insideCount = 0;

  constructor(vocab: Vocabulary, wordIds: Interner, keyIds: KeyIds) {
    this.vocab = vocab;
    this.wordIds = wordIds;
    this.keyIds = keyIds;
    this.weightById = new Float64Array(keyIds.size).fill(NaN);
    this.keySeen = new Int32Array(keyIds.size);
  }

  prepare(own: DocIndex, f: FoundQuote): void {
    const stamp = ++this.stamp;
    this.collectTokens(own, f);
    const n = this.length;
    if (this.content.length < n) {
      this.content = new Uint8Array(n * 2);
      this.keys = new Int32Array(n * 2);
      this.weights = new Float64Array(n * 2);
      this.byWeight = new Int32Array(n * 2);
    }
    // Distinct keys in order of first appearance (as a Set of key texts would keep them).
    let keyCount = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i] as Token;
      const content = isContent(t);
      this.content[i] = content ? 1 : 0;
      if (!content) continue;
      const k = this.vocab.keyOf(t);
      const id = this.keyIds.find(k);
      if (id > 0) {
        if (this.keySeen[id] === stamp) continue;
        this.keySeen[id] = stamp;
      } else if (this.hasUnknownKey(k, keyCount)) continue;
      const w = this.weight(k, id);
      this.keys[keyCount] = id;
      this.keyTexts[keyCount] = k;
      this.weights[keyCount] = w;
      this.byWeight[keyCount] = keyCount;
      total += w;
      keyCount++;
    }
    this.keyCount = keyCount;
    this.total = total;
    // Heaviest first, ties by key text: a strict order (keys are distinct), so this insertion
    // sort agrees with any sort by the same comparison.
    const { byWeight, weights, keyTexts } = this;
    for (let i = 1; i < keyCount; i++) {
      const x = byWeight[i] ?? 0;
      const wx = weights[x] ?? 0;
      const kx = keyTexts[x] ?? "";
      let j = i - 1;
      for (; j >= 0; j--) {
        const y = byWeight[j] ?? 0;
        const wy = weights[y] ?? 0;
        if (!(wx - wy > 0 || (wx === wy && kx < (keyTexts[y] ?? "")))) break;
        byWeight[j + 1] = y;
      }
      byWeight[j + 1] = x;
    }
    let byWeightTotal = 0;
    for (let i = 0; i < keyCount; i++) byWeightTotal += weights[byWeight[i] ?? 0] ?? 0;
    this.byWeightTotal = byWeightTotal;
    this.runCount = Math.max(0, n - RUN + 1);
    if (this.runs.length < this.runCount) this.runs = new Int32Array(this.runCount * 2);
    for (let r = 0; r < this.runCount; r++) this.runs[r] = runHash(this.words, r);
    this.speakerKeys = f.speaker ? this.keysOfSpeaker(f.speaker) : [];
  }

  private hasUnknownKey(k: string, count: number): boolean {
    for (let j = 0; j < count; j++) if (this.keys[j] === 0 && this.keyTexts[j] === k) return true;
    return false;
  }

  private weight(k: string, id: number): number {
    if (id <= 0) return keyWeight(k, this.vocab);
    let w = this.weightById[id] ?? NaN;
    if (Number.isNaN(w)) this.weightById[id] = w = keyWeight(k, this.vocab);
    return w;
  }

  /** The keys of a speaker's capitalised words; speakers repeat, so each name is read once. */
  private keysOfSpeaker(name: string): readonly number[] {
    let keys = this.speakersSeen.get(name);
    if (!keys) {
      const found: number[] = [];
      for (const t of tokenize(name))
        if (t.capitalized && isContent(t)) found.push(this.keyIds.find(this.vocab.keyOf(t)));
      this.speakersSeen.set(name, (keys = found));
    }
    return keys;
  }

  /** Appends a token with its word id (interned now when not known). */
  private push(t: Token, id: number): void {
    const n = this.length++;
    if (this.words.length <= n) {
      const grown = new Int32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.tokens[n] = t;
    this.words[n] = id || this.wordIds.id(t.lower);
  }

  /**
   * The quotation's tokens as tokenize(view, inner.start, inner.end) gives them, with their word
   * ids. Tokenising again was the dearest step of preparing a quotation, and the words are already
   * tokenised in the sentences: a token never spans white space, so cut at the first and the last
   * white space inside the quotation, the middle's tokens are the paragraph's own (the sentences
   * share out the paragraph's tokens). An end is tokenised again unless one sentence token fills
   * it and the characters around it leave the tokeniser no other choice. Where the text between
   * the reused tokens could hold a word the sentences lack, the whole quotation is tokenised.
   * Word ids are handed out in token order either way.
   */
  private collectTokens(own: DocIndex, f: FoundQuote): void {
    this.length = 0;
    const view = own.view;
    const { start, end } = f.inner;
    let cut1 = start;
    while (cut1 < end && !isSpace(view.charCodeAt(cut1))) cut1++;
    let cut2 = end - 1;
    while (cut2 > cut1 && !isSpace(view.charCodeAt(cut2))) cut2--;
    if (
      cut1 >= end ||
      !this.sentenceTokens(own, f.sentence, start, end) ||
      !this.middleIsWhole(view, cut1, cut2)
    ) {
      this.pushTokenised(view, start, end);
      return;
    }
    const { inside, insideIds } = this;
    const count = this.insideCount;
    // The first end: one token from the quotation's start to the first white space, after an
    // opening mark or white space (so the tokeniser saw no word before it either way).
    const head = inside[0];
    const before = view.charCodeAt(start - 1);
    if (
      count > 0 &&
      head &&
      head.start === start &&
      head.end === cut1 &&
      (isSpace(before) || isQuoteMark(before))
    )
      this.push(head, insideIds[0] ?? 0);
    else this.pushTokenised(view, start, cut1);
    for (let i = 0; i < count; i++) {
      const t = inside[i] as Token;
      if (t.start > cut1 && t.end <= cut2) this.push(t, insideIds[i] ?? 0);
    }
    // The last end: one token after the last white space up to the quotation's end, followed by
    // a character no token rule looks at (not a letter, digit or full stop).
    const tail = inside[count - 1];
    const after = view.charCodeAt(end);
    if (
      count > 0 &&
      tail &&
      tail.start === cut2 + 1 &&
      tail.end === end &&
      (after !== after || (after !== 46 && holdsNoWord(view, end, end + 1)))
    ) {
      this.push(tail, insideIds[count - 1] ?? 0);
    } else this.pushTokenised(view, cut2, end);
  }

  private pushTokenised(view: string, from: number, to: number): void {
    for (const t of tokenize(view, from, to)) this.push(t, 0);
  }

  /** True when the sentence tokens found strictly after `from` and up to `to` are all the words there. */
  private middleIsWhole(view: string, from: number, to: number): boolean {
    let at = from;
    for (let i = 0; i < this.insideCount; i++) {
      const t = this.inside[i] as Token;
      if (t.start <= from || t.end > to) continue;
      if (!holdsNoWord(view, at, t.start)) return false;
      at = t.end;
    }
    return holdsNoWord(view, at, to);
  }

  /**
   * Gathers into `inside` the sentence tokens within [from, to), from the sentence with global
   * index `sentence` on within its paragraph, with their word ids (0 where the index has none).
   * False when the sentence is not found.
   */
  private sentenceTokens(index: DocIndex, sentence: number, from: number, to: number): boolean {
    this.insideCount = 0;
    const sentences = index.sentences;
    const paragraph = sentences[sentence - index.first]?.paragraph;
    if (paragraph === undefined) return false;
    for (let i = sentence - index.first; i < sentences.length; i++) {
      const s = sentences[i];
      if (!s || s.paragraph !== paragraph || s.start >= to) break;
      const base = index.reporting[i] ? (index.wordStart[i] ?? 0) : -1;
      const tokens = s.tokens;
      // The first token ending after `from`, by bisection (tokens are in text order).
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid] as Token).end <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < tokens.length; k++) {
        const t = tokens[k] as Token;
        if (t.start < from) continue;
        if (t.end > to) break;
        const n = this.insideCount++;
        this.inside[n] = t;
        this.insideIds[n] = base < 0 ? 0 : (index.words[base + k] ?? 0);
      }
    }
    return true;
  }
}

/** An opening quotation mark or backtick: what sits right before a quotation's words. */
function isQuoteMark(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a
  );
}

/** True when view[from, to) can hold no token (a token starts with a letter or digit); false for unfamiliar characters. */
function holdsNoWord(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
    } else if (
      !isSpace(c) &&
      !(c >= 0x2010 && c <= 0x2027) &&
      c !== 0xab &&
      c !== 0xbb &&
      c !== 0x2039 &&
      c !== 0x203a
    )
      return false;
  }
  return true;
}

function keyWeight(k: string, vocab: Vocabulary): number {
  return Math.max(vocab.idf.get(k) ?? 0, 0.1);
}

/**
 * Each quotation's tokens as matchQuotes reads them, which must be what tokenising the quotation
 * gives (matchQuotes mostly reuses the sentences' tokens instead). Exported for tests.
 */
export function quotationTokens(
  found: readonly FoundQuote[],
  docs: readonly Doc[],
  vocab: Vocabulary,
): Token[][] {
  const words = new Interner();
  const keys = new KeyIds(vocab);
  const indexes = indexDocs(docs, words, keys);
  const q = new QuoteInfo(vocab, words, keys);
  return found.map((f) => {
    const own = indexes[f.doc];
    if (!own) throw new Error("quote from an unknown source");
    q.prepare(own, f);
    return q.tokens.slice(0, q.length);
  });
}
