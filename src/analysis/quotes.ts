import type { SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { findReportWord } from "./lexicon-index.ts";
import { findQuoteSpans } from "./quote-marks.ts";
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

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const NOT_NAMES = new Set(
  ("the a an this that these those it its he she they we i in on at for but and or so as after before when while if " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec last according").split(" "),
);
/** Name connectors that may sit inside a name run (Abd al-Rahman, Ludwig van Beethoven, Islamic Republic of Iran). */
const CONNECTORS = new Set(["al", "el", "bin", "ibn", "bint", "van", "von", "de", "da", "di", "du", "del", "der", "la", "le", "of"]);
/** How many sentences back a speaker carries over to an unattributed quote. */
const CARRY_OVER_SENTENCES = 2;

/** Finds every direct quotation in a source and attributes a speaker where the text names one. */
export function findQuotes(doc: Doc): FoundQuote[] {
  const out: FoundQuote[] = [];
  let lastSpeaker: { name: string; span: Span; sentence: number } | undefined;
  const paragraphs = groupByParagraph(doc.sentences);
  for (const sentences of paragraphs) {
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    if (!first || !last || !isReporting(first.role)) continue;
    const para = { start: first.start, end: last.end };
    const spans = findQuoteSpans(doc.view, para);
    for (const sentence of sentences) {
      const inSentence = spans.filter((q) => q.inner.start >= sentence.start && q.inner.start < sentence.end);
      const tokens = sentence.tokens;
      const quoted = (t: Token) => spans.some((q) => t.start >= q.outer.start && t.end <= q.outer.end);
      for (const q of inSentence) {
        let who = trailingSpeaker(tokens, q.outer.end, quoted) ?? leadingSpeaker(tokens, q.outer.start, quoted);
        if (who && PRONOUNS.has(who.name.toLowerCase())) who = lastSpeaker ? { name: lastSpeaker.name, span: lastSpeaker.span } : undefined;
        if (!who && lastSpeaker && sentence.global - lastSpeaker.sentence <= CARRY_OVER_SENTENCES && !hasReportWord(tokens, quoted)) {
          who = { name: lastSpeaker.name, span: lastSpeaker.span };
        }
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
        // A reported statement without quotation marks still names who is speaking next.
        const verb = reportWordIndex(tokens, tokens.length, quoted);
        const subject = verb >= 0 ? subjectBefore(tokens, verb, quoted) : undefined;
        if (subject && !PRONOUNS.has(subject.name.toLowerCase())) lastSpeaker = { ...subject, sentence: sentence.global };
      }
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

interface Speaker {
  readonly name: string;
  readonly span: Span;
}

/**
 * `"…," Kanani said` / `"…," said Kanani` / `"…," he added`: the attribution must follow the
 * closing mark directly (a name of up to four words, then the verb, or the verb first).
 */
function trailingSpeaker(tokens: readonly Token[], after: number, quoted: (t: Token) => boolean): Speaker | undefined {
  const i0 = tokens.findIndex((t) => t.start >= after);
  const t0 = tokens[i0];
  if (i0 < 0 || !t0 || quoted(t0)) return undefined;
  const verbFirst = findReportWord(tokens, i0);
  if (verbFirst) return nameRunStartingAt(tokens, i0 + verbFirst.length);
  const subject = nameRunStartingAt(tokens, i0);
  if (!subject) return undefined;
  const words = subject.name.split(" ").length;
  return words <= 4 && findReportWord(tokens, i0 + words) ? subject : undefined;
}

/** `Kanani said "…"`, `Burns told PBS that … "…"`, `According to Kanani, "…"`. */
function leadingSpeaker(tokens: readonly Token[], before: number, quoted: (t: Token) => boolean): Speaker | undefined {
  const limit = tokens.findIndex((t) => t.start >= before);
  const verb = reportWordIndex(tokens, limit < 0 ? tokens.length : limit, quoted);
  if (verb < 0) return undefined;
  const word = findReportWord(tokens, verb);
  if (word?.lemma === "according to") return nameRunStartingAt(tokens, verb + word.length);
  return subjectBefore(tokens, verb, quoted) ?? nameRunStartingAt(tokens, verb + (word?.length ?? 1));
}

/** Index of the last reporting word before `limit`, outside quotations, or -1. */
function reportWordIndex(tokens: readonly Token[], limit: number, quoted: (t: Token) => boolean): number {
  for (let i = Math.min(limit, tokens.length) - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t && !quoted(t) && findReportWord(tokens, i) !== undefined) return i;
  }
  return -1;
}

function hasReportWord(tokens: readonly Token[], quoted: (t: Token) => boolean): boolean {
  return reportWordIndex(tokens, tokens.length, quoted) >= 0;
}

/** The nearest name (or pronoun directly before the verb) left of a reporting verb. */
function subjectBefore(tokens: readonly Token[], verb: number, quoted: (t: Token) => boolean): Speaker | undefined {
  const prev = tokens[verb - 1];
  if (prev && PRONOUNS.has(prev.lower) && !quoted(prev)) return { name: prev.raw, span: prev };
  for (let i = verb - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || quoted(t)) continue;
    const run = nameRunEndingAt(tokens, i, 0);
    if (run) return run;
  }
  return undefined;
}

function isNameToken(t: Token | undefined, first: boolean): boolean {
  if (!t || !t.capitalized || NOT_NAMES.has(t.lower)) return false;
  return !(first && t.raw.length === 1);
}

function nameRunEndingAt(tokens: readonly Token[], end: number, floor: number): Speaker | undefined {
  if (!isNameToken(tokens[end], false)) return undefined;
  let start = end;
  while (start - 1 >= floor) {
    const p = tokens[start - 1];
    const here = tokens[start];
    if (!p || !here || !adjacent(p, here)) break;
    if (isNameToken(p, false) && !p.hyphenNext) start--;
    else if (CONNECTORS.has(p.lower) && isNameToken(tokens[start - 2], false) && adjacent(tokens[start - 2], p)) start -= 2;
    else break;
  }
  return spanOf(tokens, start, end);
}

function nameRunStartingAt(tokens: readonly Token[], start: number): Speaker | undefined {
  const t = tokens[start];
  if (t && PRONOUNS.has(t.lower)) return { name: t.raw, span: t };
  if (!isNameToken(t, true)) return undefined;
  let end = start;
  for (;;) {
    const cur = tokens[end];
    const next = tokens[end + 1];
    if (!cur || !next || cur.hyphenNext || !adjacent(cur, next)) break;
    if (isNameToken(next, false)) end++;
    else if (CONNECTORS.has(next.lower) && isNameToken(tokens[end + 2], false) && adjacent(next, tokens[end + 2])) end += 2;
    else break;
  }
  return spanOf(tokens, start, end);
}

/** Two tokens separated by nothing but one space (names never run across punctuation). */
function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && b.start - a.end <= 1 && b.start > a.end;
}

function spanOf(tokens: readonly Token[], start: number, end: number): Speaker | undefined {
  const a = tokens[start];
  const b = tokens[end];
  if (!a || !b) return undefined;
  // The name as written, minus a possessive on its last word (Iran's Foreign Ministry stays whole).
  const raw = b.raw.replace(/['’]s$/, "");
  const name = [...tokens.slice(start, end).map((t) => t.raw), raw].join(" ");
  return { name, span: { start: a.start, end: b.end - (b.raw.length - raw.length) } };
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
  const aligned = new Map<number, Set<number>>();
  for (const p of pairs) {
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      const set = aligned.get(x) ?? new Set<number>();
      set.add(y);
      aligned.set(x, set);
    }
  }
  const counters = new Map<string, number>();
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
        .map((s) => ({ s, m: matchOne(qTokens, qKeys, speakerKeys, s, neighbours.has(s.global), vocab) }))
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

function matchOne(
  qTokens: readonly Token[],
  qKeys: readonly string[],
  speakerKeys: readonly string[],
  s: DocSentence,
  isAligned: boolean,
  vocab: Vocabulary,
): { kind: QuoteMatch["kind"]; span?: Span; rank: number } | undefined {
  const words = qTokens.map((t) => t.lower);
  const run = longestCommonRun(words, s.tokens.map((t) => t.lower));
  const sKeys = new Set(s.terms.keys);
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
