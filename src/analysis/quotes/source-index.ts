import { indexPairs, type SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence } from "../read/document.ts";
import type { Vocabulary } from "../align/vocabulary.ts";
import type { Span } from "../types.ts";
import { RUN, runHash, RunTable } from "./run-table.ts";

/*
 * What matching reads of the sources, built once per comparison: words and keys interned to
 * integer ids, each source's reporting sentences as flat id arrays with inverted indexes (by key
 * and by run of words), and the aligned partners of every sentence.
 */

/**
 * Dense integer ids for words, from 1 in order of first sight. They feed the run hashes, so they
 * are handed out in the order they always were (the sources' reporting sentences in order, then
 * the quotations in order): a hash collision adds a candidate, and the same ids keep even those.
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** One more than the largest id. */
  get size(): number {
    return this.ids.size + 1;
  }
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) this.ids.set(s, (id = this.ids.size + 1));
    return id;
  }
}

/**
 * Key ids: the vocabulary's own ids (SentenceTerms.ids), plus one so that 0 can stand for a key no
 * sentence has. Sentences bring their ids ready-made, so indexing them hashes no key string.
 */
export class KeyIds {
  private readonly vocab: Vocabulary;
  /** One more than the largest id a sentence has. */
  size = 1;
  constructor(vocab: Vocabulary) {
    this.vocab = vocab;
  }
  /** Notes the ids of a sentence's keys. */
  see(ids: Int32Array): void {
    for (const id of ids) if (id + 2 > this.size) this.size = id + 2;
  }
  /** The id of a key, or 0 for a key no sentence has (asking never adds a key to the vocabulary). */
  find(k: string): number {
    if (!this.vocab.idf.has(k)) return 0;
    const id = this.vocab.idOf(k) + 1;
    return id < this.size ? id : 0;
  }
}

/**
 * One source's sentences as id arrays, with its inverted indexes, and what the matching reads of
 * the source. The hot loops read sources through these objects, which all have one shape (Doc
 * objects differ by their optional fields, and code that meets two shapes is compiled again).
 */
export interface DocIndex {
  /** The source's position in the comparison (Doc.index). */
  readonly source: number;
  readonly id: string;
  readonly view: string;
  readonly toOriginal: (span: Span) => Span;
  readonly sentences: readonly DocSentence[];
  /** Global index of the first sentence: a source's sentences are numbered consecutively. */
  readonly first: number;
  readonly reporting: Uint8Array;
  /** Word ids of sentence i are words[wordStart[i] .. wordStart[i + 1]) (none when not reporting). */
  readonly wordStart: Int32Array;
  readonly words: Int32Array;
  /** Key ids of sentence i, likewise. */
  readonly keyStart: Int32Array;
  readonly keys: Int32Array;
  /** Key id → positions of reporting sentences with it: postings[postStart[k] .. postStart[k + 1]). */
  readonly postStart: Int32Array;
  readonly postings: Int32Array;
  readonly runs: RunTable;
  /** Most words in one sentence (sizes the run buffers). */
  readonly longest: number;
}

/*
 * Indexing is split into one function per loop: each runs once per source, so its loop is
 * compiled while it runs (on-stack replacement), and code after a loop that had not run yet
 * would send it back to the interpreter each time.
 */

/**
 * Every source's index, in source order. A plain loop: the array Array.prototype.map returns
 * changes its elements kind when the callback leaves the fast path, and code reading it then
 * meets a new array shape and is compiled again.
 */
export function indexDocs(docs: readonly Doc[], wordIds: Interner, keyIds: KeyIds): DocIndex[] {
  const indexes: DocIndex[] = [];
  for (const doc of docs) indexes.push(indexDoc(doc, wordIds, keyIds));
  return indexes;
}

function indexDoc(doc: Doc, wordIds: Interner, keyIds: KeyIds): DocIndex {
  const sentences = doc.sentences;
  const n = sentences.length;
  const first = sentences[0]?.global ?? 0;
  const reporting = new Uint8Array(n);
  const wordStart = new Int32Array(n + 1);
  const keyStart = new Int32Array(n + 1);
  const { runCount, longest } = measure(sentences, reporting, wordStart, keyStart, keyIds);
  const words = new Int32Array(wordStart[n] ?? 0);
  const keys = new Int32Array(keyStart[n] ?? 0);
  const runs = new RunTable(runCount);
  fillIds(sentences, reporting, wordStart, keyStart, words, keys, wordIds);
  addRuns(reporting, wordStart, words, runs);
  const postStart = new Int32Array(keyIds.size + 1);
  const postings = new Int32Array(keys.length);
  fillPostings(keyStart, keys, postStart, postings);
  const toOriginal = (span: Span): Span => doc.toOriginal(span);
  return {
    source: doc.index,
    id: doc.id,
    view: doc.view,
    toOriginal,
    sentences,
    first,
    reporting,
    wordStart,
    words,
    keyStart,
    keys,
    postStart,
    postings,
    runs,
    longest,
  };
}

/** Marks the reporting sentences and counts their words, keys and runs. */
function measure(
  sentences: readonly DocSentence[],
  reporting: Uint8Array,
  wordStart: Int32Array,
  keyStart: Int32Array,
  keyIds: KeyIds,
): { runCount: number; longest: number } {
  let words = 0;
  let keys = 0;
  let runCount = 0;
  let longest = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as DocSentence;
    if (isReporting(s.role)) {
      const length = s.tokens.length;
      reporting[i] = 1;
      words += length;
      keys += s.terms.ids.length;
      keyIds.see(s.terms.ids);
      if (length >= RUN) runCount += length - RUN + 1;
      if (length > longest) longest = length;
    }
    wordStart[i + 1] = words;
    keyStart[i + 1] = keys;
  }
  return { runCount, longest };
}

function fillIds(
  sentences: readonly DocSentence[],
  reporting: Uint8Array,
  wordStart: Int32Array,
  keyStart: Int32Array,
  words: Int32Array,
  keys: Int32Array,
  wordIds: Interner,
): void {
  for (let i = 0; i < sentences.length; i++) {
    if (!reporting[i]) continue;
    const s = sentences[i] as DocSentence;
    let w = wordStart[i] ?? 0;
    for (const t of s.tokens) words[w++] = wordIds.id(t.lower);
    let k = keyStart[i] ?? 0;
    for (const id of s.terms.ids) keys[k++] = id + 1;
  }
}

function addRuns(
  reporting: Uint8Array,
  wordStart: Int32Array,
  words: Int32Array,
  runs: RunTable,
): void {
  for (let i = 0; i < reporting.length; i++) {
    if (!reporting[i]) continue;
    const end = wordStart[i + 1] ?? 0;
    for (let r = wordStart[i] ?? 0; r + RUN <= end; r++) runs.add(runHash(words, r), i);
  }
}

/** Postings by counting sort: a sentence's keys are distinct, and sentences come in order. */
function fillPostings(
  keyStart: Int32Array,
  keys: Int32Array,
  postStart: Int32Array,
  postings: Int32Array,
): void {
  for (const k of keys) bump(postStart, k + 1);
  for (let k = 1; k < postStart.length; k++)
    postStart[k] = (postStart[k] ?? 0) + (postStart[k - 1] ?? 0);
  const fill = postStart.slice(0, -1);
  for (let i = 0; i + 1 < keyStart.length; i++) {
    for (let k = keyStart[i] ?? 0; k < (keyStart[i + 1] ?? 0); k++)
      postings[bump(fill, keys[k] ?? 0)] = i;
  }
}

/** Adds one to counts[i], returning the count before. */
function bump(counts: Int32Array, i: number): number {
  const n = counts[i] ?? 0;
  counts[i] = n + 1;
  return n;
}

/** Aligned partners of each global sentence index (see indexPairs). */
export class Partners {
  readonly size: number;
  /** The partners of g are list[start[g] .. start[g + 1]). */
  readonly start: Int32Array;
  readonly list: Int32Array;

  constructor(pairs: readonly SentencePair[], indexes: readonly DocIndex[]) {
    let size = 0;
    for (const x of indexes) size = Math.max(size, x.first + x.sentences.length);
    const index = indexPairs(pairs, size);
    this.size = index.start.length - 1;
    this.start = index.start;
    this.list = index.partner;
  }

  /** Sets marks[g] = stamp for every partner g of `sentence`. */
  mark(sentence: number, marks: Int32Array, stamp: number): void {
    if (sentence < 0 || sentence >= this.size) return;
    for (let e = this.start[sentence] ?? 0; e < (this.start[sentence + 1] ?? 0); e++)
      marks[this.list[e] ?? 0] = stamp;
  }
}
