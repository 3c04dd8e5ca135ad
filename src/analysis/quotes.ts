import { partnersOf, type SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { findQuoteSpans } from "./quote-marks.ts";
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

/** Finds every direct quotation in a source and attributes a speaker where the text names one. */
export function findQuotes(doc: Doc): FoundQuote[] {
  const out: FoundQuote[] = [];
  const speakers = speakerFinder(doc);
  let lastSpeaker: (Speaker & { sentence: number }) | undefined;
  for (const sentences of groupByParagraph(doc.sentences)) {
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (!first || !last || !isReporting(first.role)) continue;
    const spans = findQuoteSpans(doc.view, { start: first.start, end: last.end });
    let previous: Speaker | undefined;
    for (const sentence of sentences) {
      const inSentence = spans.filter((q) => q.inner.start >= sentence.start && q.inner.start < sentence.end);
      const quoted = (t: Token) => spans.some((q) => t.start >= q.outer.start && t.end <= q.outer.end);
      for (const q of inSentence) {
        let who = speakers.after(sentence.tokens, q.outer.end, quoted) ?? speakers.before(sentence.tokens, q.outer.start, quoted);
        // A pronoun or a bare quotation points back: to the name the previous sentence of the
        // paragraph opened with, else to the last speaker.
        const carried = previous ?? (lastSpeaker && sentence.global - lastSpeaker.sentence <= CARRY_OVER_SENTENCES ? lastSpeaker : undefined);
        if (who?.pronoun) who = previous ?? lastSpeaker;
        if (!who && !speakers.hasReportWord(sentence.tokens, quoted)) who = carried;
        if (who) lastSpeaker = { ...who, sentence: sentence.global };
        out.push({
          doc: doc.index,
          sentence: sentence.global,
          inner: q.inner,
          outer: q.outer,
          ...(who ? { speaker: who.name, speakerSpan: who.span } : {}),
        });
      }
      if (inSentence.length === 0) {
        // A reported statement without quotation marks still names who speaks next.
        const who = speakers.ofStatement(sentence.tokens, quoted);
        if (who && !who.pronoun) lastSpeaker = { ...who, sentence: sentence.global };
      }
      previous = inSentence.length === 0 ? speakers.subjectOf(sentence.tokens) : undefined;
    }
  }
  return out;
}

function groupByParagraph(sentences: readonly DocSentence[]): DocSentence[][] {
  const groups: DocSentence[][] = [];
  for (const s of sentences) {
    const g = groups[groups.length - 1];
    if (g && g[0]?.paragraph === s.paragraph) g.push(s);
    else groups.push([s]);
  }
  return groups;
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
  const aligned = partnersOf(pairs);
  const counters = new Map<string, number>();
  // Built once per sentence, not once per quote and sentence.
  const prepared = new Map<number, PreparedSentence>();
  const prepare = (s: DocSentence): PreparedSentence => {
    let p = prepared.get(s.global);
    if (!p) {
      p = { sentence: s, keys: new Set(s.terms.keys), words: s.tokens.map((t) => t.lower) };
      prepared.set(s.global, p);
    }
    return p;
  };
  const hasher = new RunHasher();
  const indexes = docs.map((d) => indexDoc(d, hasher));
  return found.map((f) => {
    const doc = docs[f.doc];
    if (!doc) throw new Error("quote from an unknown source");
    const qTokens = tokenize(doc.view, f.inner.start, f.inner.end);
    const qKeys = [...new Set(qTokens.filter(isContent).map(vocab.keyOf))];
    const speakerKeys = f.speaker ? tokenize(f.speaker).filter((t) => t.capitalized && isContent(t)).map(vocab.keyOf) : [];
    const neighbours = aligned.get(f.sentence) ?? new Set<number>();
    const probe = probeFor(qTokens, qKeys, vocab, hasher);
    const weights = qKeys.map((k) => keyWeight(k, vocab));
    const q: QuoteInfo = { tokens: qTokens, words: qTokens.map((t) => t.lower), keys: qKeys, weights, speakerKeys };
    const matches: QuoteMatch[] = [];
    for (const other of docs) {
      if (other.index === f.doc) continue;
      const tested = exhaustive ? everySentence(other) : candidates(other, indexes[other.index], probe, neighbours);
      const ranked = tested
        .map(({ s, run }) => ({ s, m: matchOne(q, prepare(s), neighbours.has(s.global), run) }))
        .filter((x): x is { s: DocSentence; m: NonNullable<ReturnType<typeof matchOne>> } => x.m !== undefined)
        .sort((x, y) => y.m.rank - x.m.rank || x.s.global - y.s.global)
        .slice(0, 2);
      for (const { s, m } of ranked) {
        const span = m.span ? other.toOriginal(m.span) : undefined;
        matches.push({ source: other.id, sentence: s.id, ...(span ? { start: span.start, end: span.end } : {}), kind: m.kind });
      }
    }
    const n = (counters.get(doc.id) ?? 0) + 1;
    counters.set(doc.id, n);
    const inner = doc.toOriginal(f.inner);
    const speakerSpan = f.speakerSpan ? doc.toOriginal(f.speakerSpan) : undefined;
    const speaker = f.speakerSpan ? doc.view.slice(f.speakerSpan.start, f.speakerSpan.end) : undefined;
    const quote: Quote = {
      id: `${doc.id}.q${n}`,
      source: doc.id,
      start: inner.start,
      end: inner.end,
      ...(speaker && speakerSpan ? { speaker, speakerSpan } : {}),
      matches,
    };
    return { found: speaker ? { ...f, speaker } : f, quote };
  });
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
 */

interface DocIndex {
  /** Key → positions in doc.sentences of reporting sentences that contain it. */
  readonly keys: ReadonlyMap<string, readonly number[]>;
  /** Hash of RUN consecutive lowercased words → positions of sentences that contain them. */
  readonly runs: ReadonlyMap<number, readonly number[]>;
}

interface Probe {
  /** The quotation's words with their weights, heaviest first. */
  readonly keys: readonly { readonly k: string; readonly w: number }[];
  /** Weight of all the quotation's words. */
  readonly total: number;
  readonly runs: readonly number[];
}

/**
 * Word ids for run hashes, shared by every source of a comparison. A hash collision only adds a
 * candidate, which matchOne then tests on the words themselves.
 */
class RunHasher {
  private readonly ids = new Map<string, number>();
  runs(tokens: readonly Token[]): number[] {
    const ids = tokens.map((t) => {
      let id = this.ids.get(t.lower);
      if (id === undefined) this.ids.set(t.lower, (id = this.ids.size + 1));
      return id;
    });
    const out: number[] = [];
    for (let i = 0; i + RUN <= ids.length; i++) {
      let h = 0x811c9dc5;
      for (let k = i; k < i + RUN; k++) h = Math.imul(h ^ (ids[k] ?? 0), 0x01000193);
      out.push(h >>> 0);
    }
    return out;
  }
}

function indexDoc(doc: Doc, hasher: RunHasher): DocIndex {
  const keys = new Map<string, number[]>();
  const runs = new Map<number, number[]>();
  const add = <K>(map: Map<K, number[]>, key: K, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  doc.sentences.forEach((s, at) => {
    if (!isReporting(s.role)) return;
    for (const k of s.terms.keys) add(keys, k, at);
    for (const r of hasher.runs(s.tokens)) add(runs, r, at);
  });
  return { keys, runs };
}

function probeFor(qTokens: readonly Token[], qKeys: readonly string[], vocab: Vocabulary, hasher: RunHasher): Probe {
  const keys = qKeys.map((k) => ({ k, w: keyWeight(k, vocab) })).sort((a, b) => b.w - a.w || (a.k < b.k ? -1 : 1));
  const total = keys.reduce((sum, x) => sum + x.w, 0);
  return { keys, total, runs: [...new Set(hasher.runs(qTokens))] };
}

/** Every reporting sentence, each tested in full: what the candidate search must agree with. */
function everySentence(doc: Doc): { s: DocSentence; run: boolean }[] {
  return doc.sentences.filter((s) => isReporting(s.role)).map((s) => ({ s, run: true }));
}

/** Candidate sentences in document order; `run` when one shares a run of RUN words. */
function candidates(doc: Doc, index: DocIndex | undefined, probe: Probe, neighbours: ReadonlySet<number>): { s: DocSentence; run: boolean }[] {
  const at = new Map<number, boolean>();
  const first = doc.sentences[0]?.global ?? 0;
  for (const g of neighbours) {
    const i = g - first;
    const s = doc.sentences[i];
    if (s && s.global === g && isReporting(s.role)) at.set(i, false);
  }
  if (index) {
    // The prefix: the heaviest words, taken until the rest weighs less than COVERAGE of the
    // whole (words too frequent to probe count as never shared). Then the shared prefix weight
    // per sentence: a sentence covers at most that plus the rest, and below COVERAGE it cannot
    // match by coverage, so it is not a candidate.
    const probed = probe.keys.filter(({ k }) => (index.keys.get(k)?.length ?? 0) <= MAX_PROBE_POSTING);
    let rest = probed.reduce((sum, x) => sum + x.w, 0);
    const need = COVERAGE * probe.total - 1e-9;
    const shared = new Map<number, number>();
    for (const { k, w } of probed) {
      if (rest < need) break;
      rest -= w;
      for (const i of index.keys.get(k) ?? []) shared.set(i, (shared.get(i) ?? 0) + w);
    }
    for (const [i, w] of shared) if (!at.has(i) && w + rest >= need) at.set(i, false);
    for (const r of probe.runs) for (const i of index.runs.get(r) ?? []) at.set(i, true);
  }
  return [...at.keys()].sort((a, b) => a - b).flatMap((i) => {
    const s = doc.sentences[i];
    return s ? [{ s, run: at.get(i) ?? false }] : [];
  });
}

function keyWeight(k: string, vocab: Vocabulary): number {
  return Math.max(vocab.idf.get(k) ?? 0, 0.1);
}

interface PreparedSentence {
  readonly sentence: DocSentence;
  readonly keys: ReadonlySet<string>;
  readonly words: readonly string[];
}

/** A quotation prepared once for comparison with many sentences. */
interface QuoteInfo {
  readonly tokens: readonly Token[];
  /** The tokens' lowercase forms. */
  readonly words: readonly string[];
  /** Its distinct content keys, and each one's weight. */
  readonly keys: readonly string[];
  readonly weights: readonly number[];
  readonly speakerKeys: readonly string[];
}

function matchOne(
  q: QuoteInfo,
  prepared: PreparedSentence,
  isAligned: boolean,
  sharesRun: boolean,
): { kind: QuoteMatch["kind"]; span?: Span; rank: number } | undefined {
  const s = prepared.sentence;
  const sKeys = prepared.keys;
  const { tokens: qTokens, words, keys: qKeys, speakerKeys } = q;
  let total = 0;
  let shared = 0;
  let sharesWord = false;
  for (let i = 0; i < qKeys.length; i++) {
    const w = q.weights[i] ?? 0;
    total += w;
    if (sKeys.has(qKeys[i] ?? "")) {
      shared += w;
      sharesWord = true;
    }
  }
  // A sentence that shares no word with the quotation and is not aligned with its sentence can
  // match in no way below.
  if (!isAligned && !sharesWord) return undefined;
  const coverage = total > 0 ? shared / total : 0;
  // Unaligned, without a run of RUN words and under COVERAGE, no test below can pass: spare the
  // word-by-word comparison (most candidates of a long report end here).
  if (!isAligned && !sharesRun && coverage < COVERAGE) return undefined;
  const run = longestCommonRun(words, prepared.words);
  const runSpan = (r: { start: number; length: number }): Span | undefined => {
    const a = s.tokens[r.start];
    const b = s.tokens[r.start + r.length - 1];
    return a && b ? { start: a.start, end: b.end } : undefined;
  };
  const contentInRun = qTokens.slice(run.qStart, run.qStart + run.length).filter(isContent).length;
  // Short quotes match by words only in a sentence that reports the same thing.
  const trusted = isAligned || (coverage >= COVERAGE && qKeys.length >= 3);
  if (run.length === words.length && words.length > 0 && (trusted || words.length >= RUN)) {
    const span = runSpan(run);
    return { kind: "verbatim", ...(span ? { span } : {}), rank: KIND_RANK.verbatim + coverage };
  }
  if (contentInRun >= 1 && (run.length >= 3 || (run.length >= 2 && words.length <= 4)) && run.length / words.length >= 0.3 && (trusted || run.length >= RUN)) {
    const span = runSpan(run);
    return { kind: "partial", ...(span ? { span } : {}), rank: KIND_RANK.partial + coverage };
  }
  const sameSpeaker = speakerKeys.length > 0 && speakerKeys.some((k) => sKeys.has(k));
  if ((isAligned && (coverage >= 0.3 || sameSpeaker)) || coverage >= COVERAGE) {
    return { kind: "paraphrase", rank: KIND_RANK.paraphrase + coverage };
  }
  return undefined;
}

/** Longest run of equal words (classic dynamic programme; quotes and sentences are short). */
function longestCommonRun(q: readonly string[], s: readonly string[]): { qStart: number; start: number; length: number } {
  let best = { qStart: 0, start: 0, length: 0 };
  let prev = new Int32Array(s.length + 1);
  let cur = new Int32Array(s.length + 1);
  for (let i = 1; i <= q.length; i++) {
    const word = q[i - 1];
    for (let j = 1; j <= s.length; j++) {
      if (word === s[j - 1]) {
        const len = (prev[j - 1] ?? 0) + 1;
        cur[j] = len;
        if (len > best.length) best = { qStart: i - len, start: j - len, length: len };
      } else cur[j] = 0;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}
