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
  return found.map((f) => {
    const doc = docs[f.doc];
    if (!doc) throw new Error("quote from an unknown source");
    const qTokens = tokenize(doc.view, f.inner.start, f.inner.end);
    const qKeys = [...new Set(qTokens.filter(isContent).map(vocab.keyOf))];
    const speakerKeys = f.speaker ? tokenize(f.speaker).filter((t) => t.capitalized && isContent(t)).map(vocab.keyOf) : [];
    const neighbours = aligned.get(f.sentence) ?? new Set<number>();
    const matches: QuoteMatch[] = [];
    for (const other of docs) {
      if (other.index === f.doc) continue;
      const ranked = other.sentences
        .filter((s) => isReporting(s.role))
        .map((s) => ({ s, m: matchOne(qTokens, qKeys, speakerKeys, prepare(s), neighbours.has(s.global), vocab) }))
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

interface PreparedSentence {
  readonly sentence: DocSentence;
  readonly keys: ReadonlySet<string>;
  readonly words: readonly string[];
}

function matchOne(
  qTokens: readonly Token[],
  qKeys: readonly string[],
  speakerKeys: readonly string[],
  prepared: PreparedSentence,
  isAligned: boolean,
  vocab: Vocabulary,
): { kind: QuoteMatch["kind"]; span?: Span; rank: number } | undefined {
  const s = prepared.sentence;
  const sKeys = prepared.keys;
  // A sentence that shares no word with the quotation and is not aligned with its sentence can
  // match in no way below; skip the word-by-word comparison.
  if (!isAligned && !qKeys.some((k) => sKeys.has(k))) return undefined;
  const words = qTokens.map((t) => t.lower);
  const run = longestCommonRun(words, prepared.words);
  let total = 0;
  let shared = 0;
  for (const k of qKeys) {
    const w = Math.max(vocab.idf.get(k) ?? 0, 0.1);
    total += w;
    if (sKeys.has(k)) shared += w;
  }
  const coverage = total > 0 ? shared / total : 0;
  const runSpan = (r: { start: number; length: number }): Span | undefined => {
    const a = s.tokens[r.start];
    const b = s.tokens[r.start + r.length - 1];
    return a && b ? { start: a.start, end: b.end } : undefined;
  };
  const contentInRun = qTokens.slice(run.qStart, run.qStart + run.length).filter(isContent).length;
  // Short quotes match by words only in a sentence that reports the same thing.
  const trusted = isAligned || (coverage >= 0.6 && qKeys.length >= 3);
  if (run.length === words.length && words.length > 0 && (trusted || words.length >= 4)) {
    const span = runSpan(run);
    return { kind: "verbatim", ...(span ? { span } : {}), rank: KIND_RANK.verbatim + coverage };
  }
  if (contentInRun >= 1 && (run.length >= 3 || (run.length >= 2 && words.length <= 4)) && run.length / words.length >= 0.3 && (trusted || run.length >= 4)) {
    const span = runSpan(run);
    return { kind: "partial", ...(span ? { span } : {}), rank: KIND_RANK.partial + coverage };
  }
  const sameSpeaker = speakerKeys.length > 0 && speakerKeys.some((k) => sKeys.has(k));
  if ((isAligned && (coverage >= 0.3 || sameSpeaker)) || coverage >= 0.6) {
    return { kind: "paraphrase", rank: KIND_RANK.paraphrase + coverage };
  }
  return undefined;
}

/** Longest run of equal words (classic dynamic programme; quotes and sentences are short). */
function longestCommonRun(q: readonly string[], s: readonly string[]): { qStart: number; start: number; length: number } {
  let best = { qStart: 0, start: 0, length: 0 };
  let prev = new Array<number>(s.length + 1).fill(0);
  for (let i = 1; i <= q.length; i++) {
    const cur = new Array<number>(s.length + 1).fill(0);
    for (let j = 1; j <= s.length; j++) {
      if (q[i - 1] === s[j - 1]) {
        const len = (prev[j - 1] ?? 0) + 1;
        cur[j] = len;
        if (len > best.length) best = { qStart: i - len, start: j - len, length: len };
      }
    }
    prev = cur;
  }
  return best;
}
