import { indexPairs, type SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { findQuoteSpans, isSpace } from "./quote-marks.ts";
import { speakerFinder, type Speaker } from "./speakers.ts";
import { isContent, type Vocabulary } from "./similarity.ts";
import { tokenize, type Token } from "./tokens.ts";
import type { Quote, QuoteMatch, Span } from "./types.ts";

/**
 * Direct quotations, who said them, and where the other sources carry them: word for word
 * ("verbatim"), in part ("partial"), or reworded in indirect speech ("paraphrase").
 */

/** A quotation found in one source, in view coordinates (see document.ts). */
export interface FoundQuote {
  readonly doc: number;
  /** Global index of the sentence the quote starts in. */
  readonly sentence: number;
  readonly inner: Span;
  readonly outer: Span;
  readonly speaker?: string;
  readonly speakerSpan?: Span;
}

/** A quotation with its contract form (original coordinates) and its view-space details. */
export interface MatchedQuote {
  readonly found: FoundQuote;
  readonly quote: Quote;
}

/** How many sentences back a speaker carries over to an unattributed quote. */
const CARRY_OVER_SENTENCES = 2;

const NEVER_QUOTED = (): boolean => false;

/** Finds every direct quotation in a source and attributes a speaker where the text names one. */
export function findQuotes(doc: Doc): FoundQuote[] {
  const out: FoundQuote[] = [];
  const speakers = speakerFinder(doc);
  const sentences = doc.sentences;
  // The last speaker named, and the sentence that named them.
  let lastSpeaker: Speaker | undefined;
  let lastSentence = 0;
  // Paragraphs are runs of sentences with the same number; walked by index, without grouping.
  for (let from = 0, to = 0; from < sentences.length; from = to) {
    const first = sentences[from] as DocSentence;
    to = from + 1;
    while (to < sentences.length && (sentences[to] as DocSentence).paragraph === first.paragraph) to++;
    const last = sentences[to - 1] as DocSentence;
    if (!isReporting(first.role)) continue;
    const spans = findQuoteSpans(doc.view, { start: first.start, end: last.end });
    // One test for the whole paragraph: its quotations are the same for every sentence.
    const quoted: (t: Token) => boolean =
      spans.length === 0
        ? NEVER_QUOTED
        : (t) => {
            for (const q of spans) if (t.start >= q.outer.start && t.end <= q.outer.end) return true;
            return false;
          };
    let previous: Speaker | undefined;
    for (let i = from; i < to; i++) {
      const sentence = sentences[i] as DocSentence;
      let inSentence = 0;
      for (const q of spans) {
        if (q.inner.start < sentence.start || q.inner.start >= sentence.end) continue;
        inSentence++;
        let who = speakers.after(sentence.tokens, q.outer.end, quoted) ?? speakers.before(sentence.tokens, q.outer.start, quoted);
        // A pronoun or a bare quotation points back: to the name the previous sentence of the
        // paragraph opened with, else to the last speaker.
        const carried = previous ?? (lastSpeaker && sentence.global - lastSentence <= CARRY_OVER_SENTENCES ? lastSpeaker : undefined);
        if (who?.pronoun) who = previous ?? lastSpeaker;
        if (!who && !speakers.hasReportWord(sentence.tokens, quoted)) who = carried;
        if (who) {
          lastSpeaker = who;
          lastSentence = sentence.global;
        }
        out.push(
          who
            ? { doc: doc.index, sentence: sentence.global, inner: q.inner, outer: q.outer, speaker: who.name, speakerSpan: who.span }
            : { doc: doc.index, sentence: sentence.global, inner: q.inner, outer: q.outer },
        );
      }
      if (inSentence === 0) {
        // A reported statement without quotation marks still names who speaks next.
        const who = speakers.ofStatement(sentence.tokens, quoted);
        if (who && !who.pronoun) {
          lastSpeaker = who;
          lastSentence = sentence.global;
        }
      }
      previous = inSentence === 0 ? speakers.subjectOf(sentence.tokens) : undefined;
    }
  }
  return out;
}

/**
 * Where other sources carry each quotation. Verbatim: the quoted words appear as a run.
 * Partial: a run of at least three of them (or most of a short quote). Paraphrase: a sentence
 * aligned with the quote's sentence either covers most of the quote's informative words, or
 * reports the same speaker (so it gives the same statement in its own words).
 */
export function matchQuotes(
  found: readonly FoundQuote[],
  docs: readonly Doc[],
  pairs: readonly SentencePair[],
  vocab: Vocabulary,
  { exhaustive = false }: { readonly exhaustive?: boolean } = {},
): MatchedQuote[] {
  const words = new Interner();
  const keys = new KeyIds(vocab);
  const indexes = indexDocs(docs, words, keys);
  const partners = new Partners(pairs, indexes);
  // Every word id a sentence has is handed out by now; quotations only add ids no sentence has.
  const scratch = new Scratch(keys.size, partners.size, words.size, indexes);
  const q = new QuoteInfo(vocab, words, keys);
  const counters = new Map<string, number>();
  const out: MatchedQuote[] = [];
  for (const f of found) {
    const own = indexes[f.doc];
    if (!own) throw new Error("quote from an unknown source");
    q.prepare(own, f);
    const aligned = ++scratch.stamp;
    partners.mark(f.sentence, scratch.aligned, aligned);
    const matches: QuoteMatch[] = [];
    for (const index of indexes) {
      if (index.source === f.doc) continue;
      const count = exhaustive ? everySentence(index, scratch) : candidates(index, q, partners, f.sentence, scratch);
      const listed = scratch.stamp;
      // The two best by rank, then document order. Candidates come in document order, so a later
      // one displaces an earlier only with a strictly higher rank, as in a stable sort.
      let best: Match | undefined;
      let second: Match | undefined;
      for (let c = 0; c < count; c++) {
        const i = scratch.list[c] ?? 0;
        const g = index.sentences[i]?.global ?? -1;
        const m = matchOne(q, index, i, scratch.aligned[g] === aligned, scratch.runFlag[i] === listed, scratch);
        if (!m) continue;
        if (!best || m.rank > best.rank) {
          second = best;
          best = m;
        } else if (!second || m.rank > second.rank) second = m;
      }
      if (best) matches.push(toMatch(index, best));
      if (second) matches.push(toMatch(index, second));
    }
    out.push(toMatched(own, f, matches, counters));
  }
  return out;
}

/** The quotation in the contract's form (original coordinates), numbered per source. */
function toMatched(own: DocIndex, f: FoundQuote, matches: QuoteMatch[], counters: Map<string, number>): MatchedQuote {
  const id = own.id;
  const n = (counters.get(id) ?? 0) + 1;
  counters.set(id, n);
  const inner = own.toOriginal(f.inner);
  const speakerSpan = f.speakerSpan ? own.toOriginal(f.speakerSpan) : undefined;
  const speaker = f.speakerSpan ? own.view.slice(f.speakerSpan.start, f.speakerSpan.end) : undefined;
  const quote: Quote =
    speaker && speakerSpan
      ? { id: `${id}.q${n}`, source: id, start: inner.start, end: inner.end, speaker, speakerSpan, matches }
      : { id: `${id}.q${n}`, source: id, start: inner.start, end: inner.end, matches };
  return { found: speaker ? { ...f, speaker } : f, quote };
}

/**
 * Each quotation's tokens as matchQuotes reads them, which must be what tokenising the quotation
 * gives (matchQuotes mostly reuses the sentences' tokens instead). Exported for tests.
 */
export function quotationTokens(found: readonly FoundQuote[], docs: readonly Doc[], vocab: Vocabulary): Token[][] {
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

/** The longest common run of two id sequences, as matchOne finds it. Exported for tests. */
export function longestRun(q: readonly number[], s: readonly number[]): { readonly qStart: number; readonly start: number; readonly length: number } {
  let words = 1;
  for (const id of s) words = Math.max(words, id + 1);
  const scratch = new Scratch(1, 0, words, [], Math.max(1, s.length));
  longestCommonRun(Int32Array.from(q), q.length, Int32Array.from(s), 0, s.length, scratch);
  return { qStart: scratch.runQ, start: scratch.runS, length: scratch.runLength };
}

function toMatch(other: DocIndex, m: Match): QuoteMatch {
  const sentence = other.sentences[m.at]?.id ?? "";
  const span = m.span ? other.toOriginal(m.span) : undefined;
  return span ? { source: other.id, sentence, start: span.start, end: span.end, kind: m.kind } : { source: other.id, sentence, kind: m.kind };
}

const KIND_RANK = { verbatim: 3, partial: 2, paraphrase: 1 } as const;

/** Share of a quotation's word weight a sentence must cover to match it without other evidence. */
const COVERAGE = 0.6;
/** Length of a run of words that matches a quotation without other evidence. */
const RUN = 4;
/**
 * A word in more sentences than this of one source does not bring candidates by coverage: in a
 * long report such words are everywhere, and a quotation made only of them is matched through
 * alignment or a run of words instead. This bounds the work per quotation (as align.ts bounds
 * it per sentence); below the bound the candidate search is exact.
 */
const MAX_PROBE_POSTING = 100;

/*
 * Candidate generation. Comparing every quotation with every sentence of the other sources grows
 * with the square of the input; instead each source gets an inverted index, and a quotation is
 * compared only with sentences that could pass one of matchOne's tests:
 *  - sentences aligned with the quotation's own sentence;
 *  - sentences sharing a word of the quotation's "prefix": its heaviest words, taken until the
 *    rest weighs less than COVERAGE of the whole. A sentence sharing none of them covers less
 *    than COVERAGE, so the filter is exact (the prefix filter of Bayardo et al., "Scaling up all
 *    pairs similarity search", WWW 2007);
 *  - sentences containing one of the quotation's runs of RUN words (by hash), the only way to
 *    match unaligned and under COVERAGE.
 * The result is the same as comparing with every sentence (tests compare both), except that
 * words past MAX_PROBE_POSTING are not probed.
 *
 * Speed: words and keys are interned to integer ids once per comparison, each source's sentences
 * become flat Int32Arrays, and the sets and maps a quotation needs are typed arrays reused from one
 * quotation to the next, told current by a stamp. So the inner loops neither hash strings nor
 * allocate, and the stage leaves little garbage for the collector.
 */

/**
 * Dense integer ids for words, from 1 in order of first sight. They feed the run hashes, so they
 * are handed out in the order they always were (the sources' reporting sentences in order, then
 * the quotations in order): a hash collision adds a candidate, and the same ids keep even those.
 */
class Interner {
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
class KeyIds {
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

/** FNV-1a over the RUN word ids starting at `from`, as a signed 32-bit integer. */
function runHash(ids: Int32Array, from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + RUN; k++) h = Math.imul(h ^ (ids[k] ?? 0), 0x01000193);
  return h | 0;
}

/**
 * Run hash → sentence positions, by open addressing over typed arrays: most hashes fall outside
 * the small-integer range, and a Map keyed by them would box every key.
 */
class RunTable {
  private readonly mask: number;
  private readonly slotHash: Int32Array;
  /** First and last entry of each slot's list, -1 for an empty slot. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  readonly entrySentence: Int32Array;
  readonly entryNext: Int32Array;
  private entries = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotHash = new Int32Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.tail = new Int32Array(slots);
    this.entrySentence = new Int32Array(Math.max(1, capacity));
    this.entryNext = new Int32Array(Math.max(1, capacity));
  }

  private slot(h: number): number {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.head[i] !== -1 && this.slotHash[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  /** Adds sentence `at` to the list of `h` (sentences come in order; each is listed once). */
  add(h: number, at: number): void {
    const i = this.slot(h);
    const last = this.tail[i] ?? 0;
    if (this.head[i] !== -1 && this.entrySentence[last] === at) return;
    const e = this.entries++;
    this.entrySentence[e] = at;
    this.entryNext[e] = -1;
    if (this.head[i] === -1) {
      this.slotHash[i] = h;
      this.head[i] = e;
    } else this.entryNext[last] = e;
    this.tail[i] = e;
  }

  /** The first entry of `h`'s list, or -1; follow entryNext. */
  first(h: number): number {
    return this.head[this.slot(h)] ?? -1;
  }
}

/**
 * One source's sentences as id arrays, with its inverted indexes, and what the matching reads of
 * the source. The hot loops read sources through these objects, which all have one shape (Doc
 * objects differ by their optional fields, and code that meets two shapes is compiled again).
 */
interface DocIndex {
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
function indexDocs(docs: readonly Doc[], wordIds: Interner, keyIds: KeyIds): DocIndex[] {
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
  return { source: doc.index, id: doc.id, view: doc.view, toOriginal, sentences, first, reporting, wordStart, words, keyStart, keys, postStart, postings, runs, longest };
}

/** Marks the reporting sentences and counts their words, keys and runs. */
function measure(sentences: readonly DocSentence[], reporting: Uint8Array, wordStart: Int32Array, keyStart: Int32Array, keyIds: KeyIds): { runCount: number; longest: number } {
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

function addRuns(reporting: Uint8Array, wordStart: Int32Array, words: Int32Array, runs: RunTable): void {
  for (let i = 0; i < reporting.length; i++) {
    if (!reporting[i]) continue;
    const end = wordStart[i + 1] ?? 0;
    for (let r = wordStart[i] ?? 0; r + RUN <= end; r++) runs.add(runHash(words, r), i);
  }
}

/** Postings by counting sort: a sentence's keys are distinct, and sentences come in order. */
function fillPostings(keyStart: Int32Array, keys: Int32Array, postStart: Int32Array, postings: Int32Array): void {
  for (const k of keys) bump(postStart, k + 1);
  for (let k = 1; k < postStart.length; k++) postStart[k] = (postStart[k] ?? 0) + (postStart[k - 1] ?? 0);
  const fill = postStart.slice(0, -1);
  for (let i = 0; i + 1 < keyStart.length; i++) {
    for (let k = keyStart[i] ?? 0; k < (keyStart[i + 1] ?? 0); k++) postings[bump(fill, keys[k] ?? 0)] = i;
  }
}

/** Adds one to counts[i], returning the count before. */
function bump(counts: Int32Array, i: number): number {
  const n = counts[i] ?? 0;
  counts[i] = n + 1;
  return n;
}

/** Aligned partners of each global sentence index (see indexPairs). */
class Partners {
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
    for (let e = this.start[sentence] ?? 0; e < (this.start[sentence + 1] ?? 0); e++) marks[this.list[e] ?? 0] = stamp;
  }
}

/**
 * Working arrays reused by every quotation. A stamp (bumped per use) marks which entries are
 * current, so nothing is cleared or reallocated between quotations.
 */
class Scratch {
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

  constructor(keys: number, globals: number, words: number, indexes: readonly DocIndex[], longestSentence = 1) {
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
 * The quotation being matched, prepared once for comparison with many sentences. One instance
 * serves every quotation in turn: its arrays only grow, so preparing a quotation allocates
 * next to nothing.
 */
class QuoteInfo {
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
      for (const t of tokenize(name)) if (t.capitalized && isContent(t)) found.push(this.keyIds.find(this.vocab.keyOf(t)));
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
    if (cut1 >= end || !this.sentenceTokens(own, f.sentence, start, end) || !this.middleIsWhole(view, cut1, cut2)) {
      this.pushTokenised(view, start, end);
      return;
    }
    const { inside, insideIds } = this;
    const count = this.insideCount;
    // The first end: one token from the quotation's start to the first white space, after an
    // opening mark or white space (so the tokeniser saw no word before it either way).
    const head = inside[0];
    const before = view.charCodeAt(start - 1);
    if (count > 0 && head && head.start === start && head.end === cut1 && (isSpace(before) || isQuoteMark(before))) this.push(head, insideIds[0] ?? 0);
    else this.pushTokenised(view, start, cut1);
    for (let i = 0; i < count; i++) {
      const t = inside[i] as Token;
      if (t.start > cut1 && t.end <= cut2) this.push(t, insideIds[i] ?? 0);
    }
    // The last end: one token after the last white space up to the quotation's end, followed by
    // a character no token rule looks at (not a letter, digit or full stop).
    const tail = inside[count - 1];
    const after = view.charCodeAt(end);
    if (count > 0 && tail && tail.start === cut2 + 1 && tail.end === end && (after !== after || (after !== 46 && holdsNoWord(view, end, end + 1)))) {
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
  return c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a;
}

/** True when view[from, to) can hold no token (a token starts with a letter or digit); false for unfamiliar characters. */
function holdsNoWord(view: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = view.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
    } else if (!isSpace(c) && !(c >= 0x2010 && c <= 0x2027) && c !== 0xab && c !== 0xbb && c !== 0x2039 && c !== 0x203a) return false;
  }
  return true;
}

/** Every reporting sentence, each tested in full: what the candidate search must agree with. */
function everySentence(index: DocIndex, scratch: Scratch): number {
  const stamp = ++scratch.stamp;
  let count = 0;
  for (let i = 0; i < index.reporting.length; i++) {
    if (!index.reporting[i]) continue;
    scratch.list[count++] = i;
    scratch.runFlag[i] = stamp;
  }
  return count;
}

/**
 * Candidate sentence positions, written to scratch.list in document order; their count is
 * returned, and scratch.runFlag[i] equals the stamp the call leaves in scratch.stamp when one
 * shares a run of RUN words.
 */
function candidates(index: DocIndex, q: QuoteInfo, partners: Partners, sentence: number, scratch: Scratch): number {
  const { sentences, first, reporting, postStart, postings, runs } = index;
  const n = reporting.length;
  const stamp = ++scratch.stamp;
  const { member, runFlag, sharedMark, shared, touched, list } = scratch;
  let count = 0;
  if (sentence >= 0 && sentence < partners.size) {
    for (let e = partners.start[sentence] ?? 0, end = partners.start[sentence + 1] ?? 0; e < end; e++) {
      const g = partners.list[e] ?? 0;
      const i = g - first;
      if (i >= 0 && i < n && reporting[i] && sentences[i]?.global === g && member[i] !== stamp) {
        member[i] = stamp;
        list[count++] = i;
      }
    }
  }
  const postingLength = (k: number) => (k > 0 && k + 1 < postStart.length ? (postStart[k + 1] ?? 0) - (postStart[k] ?? 0) : 0);
  // The prefix: the heaviest words, taken until the rest weighs less than COVERAGE of the
  // whole (words too frequent to probe count as never shared). Then the shared prefix weight
  // per sentence: a sentence covers at most that plus the rest, and below COVERAGE it cannot
  // match by coverage, so it is not a candidate. (The sums run in the same order as a plain
  // reading of this would add them, so the floating-point results are exactly those.)
  let rest = 0;
  for (let p = 0; p < q.keyCount; p++) {
    const x = q.byWeight[p] ?? 0;
    if (postingLength(q.keys[x] ?? 0) <= MAX_PROBE_POSTING) rest += q.weights[x] ?? 0;
  }
  const need = COVERAGE * q.byWeightTotal - 1e-9;
  let touchedCount = 0;
  for (let p = 0; p < q.keyCount; p++) {
    const x = q.byWeight[p] ?? 0;
    const k = q.keys[x] ?? 0;
    const len = postingLength(k);
    if (len > MAX_PROBE_POSTING) continue;
    if (rest < need) break;
    const w = q.weights[x] ?? 0;
    rest -= w;
    for (let e = postStart[k] ?? 0, end = e + len; e < end; e++) {
      const i = postings[e] ?? 0;
      if (sharedMark[i] !== stamp) {
        sharedMark[i] = stamp;
        shared[i] = 0;
        touched[touchedCount++] = i;
      }
      shared[i] = (shared[i] ?? 0) + w;
    }
  }
  for (let t = 0; t < touchedCount; t++) {
    const i = touched[t] ?? 0;
    if (member[i] !== stamp && (shared[i] ?? 0) + rest >= need) {
      member[i] = stamp;
      list[count++] = i;
    }
  }
  for (let r = 0; r < q.runCount; r++) {
    for (let e = runs.first(q.runs[r] ?? 0); e !== -1; e = runs.entryNext[e] ?? -1) {
      const i = runs.entrySentence[e] ?? 0;
      runFlag[i] = stamp;
      if (member[i] !== stamp) {
        member[i] = stamp;
        list[count++] = i;
      }
    }
  }
  list.subarray(0, count).sort();
  return count;
}

function keyWeight(k: string, vocab: Vocabulary): number {
  return Math.max(vocab.idf.get(k) ?? 0, 0.1);
}

interface Match {
  /** Position of the sentence in its source. */
  readonly at: number;
  readonly kind: QuoteMatch["kind"];
  readonly span?: Span;
  readonly rank: number;
}

function matchOne(q: QuoteInfo, index: DocIndex, at: number, isAligned: boolean, sharesRun: boolean, scratch: Scratch): Match | undefined {
  const s = index.sentences[at];
  if (!s) return undefined;
  const { keyMark } = scratch;
  const mark = ++scratch.stamp;
  for (let k = index.keyStart[at] ?? 0, end = index.keyStart[at + 1] ?? 0; k < end; k++) keyMark[index.keys[k] ?? 0] = mark;
  let shared = 0;
  let sharesWord = false;
  for (let i = 0; i < q.keyCount; i++) {
    const k = q.keys[i] ?? 0;
    if (k > 0 && keyMark[k] === mark) {
      shared += q.weights[i] ?? 0;
      sharesWord = true;
    }
  }
  // A sentence that shares no word with the quotation and is not aligned with its sentence can
  // match in no way below.
  if (!isAligned && !sharesWord) return undefined;
  const coverage = q.total > 0 ? shared / q.total : 0;
  // Unaligned, without a run of RUN words and under COVERAGE, no test below can pass: spare the
  // word-by-word comparison (most candidates of a long report end here).
  if (!isAligned && !sharesRun && coverage < COVERAGE) return undefined;
  longestCommonRun(q.words, q.length, index.words, index.wordStart[at] ?? 0, index.wordStart[at + 1] ?? 0, scratch);
  const { runQ, runS, runLength } = scratch;
  let contentInRun = 0;
  for (let i = runQ; i < runQ + runLength; i++) contentInRun += q.content[i] ?? 0;
  const length = q.length;
  // Short quotes match by words only in a sentence that reports the same thing.
  const trusted = isAligned || (coverage >= COVERAGE && q.keyCount >= 3);
  if (runLength === length && length > 0 && (trusted || length >= RUN)) {
    return withSpan(at, "verbatim", s, runS, runLength, KIND_RANK.verbatim + coverage);
  }
  if (contentInRun >= 1 && (runLength >= 3 || (runLength >= 2 && length <= 4)) && runLength / length >= 0.3 && (trusted || runLength >= RUN)) {
    return withSpan(at, "partial", s, runS, runLength, KIND_RANK.partial + coverage);
  }
  let sameSpeaker = false;
  for (const k of q.speakerKeys) if (k > 0 && keyMark[k] === mark) sameSpeaker = true;
  if ((isAligned && (coverage >= 0.3 || sameSpeaker)) || coverage >= COVERAGE) {
    return { at, kind: "paraphrase", rank: KIND_RANK.paraphrase + coverage };
  }
  return undefined;
}

/** A match on a run of words: its span runs from the run's first to its last token. */
function withSpan(at: number, kind: QuoteMatch["kind"], s: DocSentence, start: number, length: number, rank: number): Match {
  const a = s.tokens[start];
  const b = s.tokens[start + length - 1];
  return a && b ? { at, kind, span: { start: a.start, end: b.end }, rank } : { at, kind, rank };
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
function longestCommonRun(q: Int32Array, length: number, words: Int32Array, from: number, to: number, scratch: Scratch): void {
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
