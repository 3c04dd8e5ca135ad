import { isContent } from "../align/vocabulary.ts";
import type { SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence, paragraphRuns } from "../read/document.ts";
import type { MatchedQuote } from "../quotes/index.ts";
import { findQuoteSpans, type QuoteSpan } from "../text/quote-marks.ts";
import type { Attribution, AttributionKind, Span } from "../types.ts";
import { findCues } from "./cues.ts";
import { trimContent, type Cued, type Quoted } from "./frame.ts";
import { matchAttributions, type Found } from "./match.ts";
import { SpeakerSieve } from "./resolve.ts";
import {
  bareSpeaker,
  introducer,
  remember,
  speakerOf,
  type Previous,
  type Who,
} from "./speaker.ts";

/**
 * Who said what: every reported statement of every source, quoted or not (cues.ts finds the
 * reporting words and their syntax, resolve.ts the speaker), then linked to the same statement
 * in the other sources through the aligned sentences and the quotations' matches (match.ts).
 */

export { attributeQuotes } from "./match.ts";

const NEVER_QUOTED: Quoted = () => false;

/** Every attribution of every source, with its matches in the others. */
export function findAttributions(
  docs: readonly Doc[],
  pairs: readonly SentencePair[],
  quotes: readonly MatchedQuote[],
): Attribution[] {
  const found = docs.flatMap((d) => attributionsOf(d, quotes));
  return matchAttributions(found, docs, pairs, quotes);
}

function attributionsOf(doc: Doc, quotes: readonly MatchedQuote[]): Found[] {
  const text = doc.view;
  const reporting = doc.sentences.filter((s) => isReporting(s.role));
  const sieve = new SpeakerSieve(
    text,
    reporting.map((s) => s.tokens),
  );
  const own = quotes
    .filter((q) => q.found.doc === doc.index)
    .sort((a, b) => a.found.inner.start - b.found.inner.start);
  const out: Found[] = [];
  const previous: Previous[] = [];
  const sentences = doc.sentences;
  for (const { from, to } of paragraphRuns(sentences)) {
    const first = sentences[from] as DocSentence;
    const last = sentences[to - 1] as DocSentence;
    if (!isReporting(first.role)) {
      // A short line `Okafor continued:` may be read as a label; it still introduces the next.
      const introduced = introducer(text, last, NEVER_QUOTED, sieve, previous);
      if (introduced) previous.push(introduced);
      continue;
    }
    const spans = findQuoteSpans(text, { start: first.start, end: last.end });
    // This paragraph's quotations (all sorted by position): the only ones its attributions hold.
    const inParagraph = spans.length === 0 ? [] : quotesWithin(own, first.start, last.end);
    const quoted: Quoted =
      spans.length === 0
        ? NEVER_QUOTED
        : (t) => spans.some((q) => t.start >= q.outer.start && t.end <= q.outer.end);
    // Every cue of the paragraph first: a quotation may run over several sentences, and its
    // cue may sit in the last of them (`"A. B," Okafor said`).
    const cuesOf: Cued[][] = [];
    for (let i = from; i < to; i++) {
      const sentence = sentences[i] as DocSentence;
      const before =
        i > from ? quoteEnding(text, spans, sentences[i - 1] as DocSentence, sentence) : undefined;
      const cues = separate(text, findCues(text, sentence.tokens, sentence, quoted, before));
      cuesOf.push(cues.map((c) => overQuotation(text, c, spans)));
    }
    const claimed = cuesOf.flat().map((c) => c.content);
    for (let i = from; i < to; i++) {
      const sentence = sentences[i] as DocSentence;
      const inSentence: Found[] = [];
      for (const c of cuesOf[i - from] ?? []) {
        const who = speakerOf(text, c, sieve, previous, inSentence, sentence, quoted);
        const f = make(
          doc,
          sentenceAt(sentences, from, to, c.content.start) ?? sentence,
          c.cue,
          c.content,
          who,
          spans,
          inParagraph,
          out.length + inSentence.length,
        );
        inSentence.push(f);
        if (who.speaker) previous.push(remember(who, sieve, sentence.global, c.cue.start));
      }
      // A quotation no cue of its sentence covers: the speaker of the one before it.
      for (const q of inParagraph) {
        const inner = q.found.inner;
        if (inner.start < sentence.start || inner.start >= sentence.end) continue;
        if (claimed.some((c) => overlaps(c, inner))) continue;
        // Every word capitalised: a title or a name in quotation marks ("The Evening Hour"), not speech.
        if (isTitle(sentence, inner)) continue;
        const who = bareSpeaker(text, q, sieve, previous, sentence, quoted);
        // Opening the paragraph after a lead-in (`Okafor continued:`), the lead-in's reporting
        // word is its cue; else, with no reporting words, the opening quotation mark is what
        // marks it as someone's words.
        const lead = previous[previous.length - 1];
        const cue =
          lead?.cue &&
          i === from &&
          lead.sentence === sentence.global - 1 &&
          who.speaker === lead.speaker
            ? lead.cue
            : {
                start: q.found.outer.start,
                end: Math.max(inner.start, q.found.outer.start + 1),
              };
        const f = make(
          doc,
          sentence,
          cue,
          inner,
          who,
          spans,
          inParagraph,
          out.length + inSentence.length,
        );
        inSentence.push(f);
        if (who.speaker) previous.push(remember(who, sieve, sentence.global, inner.start));
      }
      out.push(
        ...inSentence.sort((a, b) => a.attribution.content.start - b.attribution.content.start),
      );
    }
    // `Okafor continued:` closing a paragraph introduces the quotation that opens the next one.
    const introduced = introducer(text, last, quoted, sieve, previous);
    if (introduced) previous.push(introduced);
  }
  return out.map((f, n) => ({
    ...f,
    attribution: { ...f.attribution, id: `${doc.id}.a${String(n + 1)}` },
  }));
}

/**
 * One sentence's attributions, each ending where a later one in it begins: `X said A, adding
 * that B` gives "said" A and "adding" B; `X said: "A." "B," Y said` gives X A and Y B.
 */
function separate(text: string, cues: readonly Cued[]): Cued[] {
  return cues.map((c) => {
    let end = c.content.end;
    for (const d of cues) {
      if (d === c || d.cue.start <= c.cue.start || d.nominal) continue;
      if (d.cue.start < c.content.start || d.cue.start >= c.content.end) continue;
      const mention = d.mention?.span.start ?? Infinity;
      const begins = Math.min(
        d.cue.start,
        d.content.start,
        mention > c.content.start ? mention : Infinity,
      );
      // A cue inside the content with no break before it is nested (`X said he had asked Y to
      // …`): it is part of what X said, so X's content runs on.
      if (begins > c.content.start && !nested(text, c.content.start, begins))
        end = Math.min(end, begins);
    }
    return end === c.content.end ? c : { ...c, content: trimContent(text, c.content.start, end) };
  });
}

/**
 * The inside of a quotation that ends sentence `prev` with nothing after it but white space before
 * `next`, for a trailing cue that opens `next`.
 */
function quoteEnding(
  text: string,
  spans: readonly QuoteSpan[],
  prev: DocSentence,
  next: DocSentence,
): Span | undefined {
  for (const q of spans)
    if (q.outer.end <= next.start && q.outer.end >= prev.end - 1 && q.inner.start >= prev.start)
      return /^\s*$/.test(text.slice(q.outer.end, next.start)) ? q.inner : undefined;
  return undefined;
}

/**
 * A content that starts or ends inside a quotation running over several sentences takes the
 * whole quotation: `"A. B," Okafor said` attributes A and B, not B alone.
 */
function overQuotation(text: string, c: Cued, spans: readonly QuoteSpan[]): Cued {
  let { start, end } = c.content;
  for (const q of spans) {
    const inner = q.inner;
    if (start > inner.start && start < inner.end && c.cue.start >= inner.end) start = inner.start;
    if (end > inner.start && end < inner.end && c.cue.end <= inner.start) end = inner.end;
  }
  if (start === c.content.start && end === c.content.end) return c;
  return { ...c, content: trimContent(text, start, end) };
}

/** The sentence of [from, to) holding `offset`. */
function sentenceAt(
  sentences: readonly DocSentence[],
  from: number,
  to: number,
  offset: number,
): DocSentence | undefined {
  for (let i = from; i < to; i++) {
    const s = sentences[i] as DocSentence;
    if (offset >= s.start && offset < s.end) return s;
  }
  return undefined;
}

/** True when nothing but words lead from `start` to `at`: no punctuation or joining word. */
function nested(text: string, start: number, at: number): boolean {
  const before = text.slice(Math.max(start, at - 16), at);
  return !/[,;:—–"“”«»()]\s*\S*\s*$|\s(?:and|but|while|as|then)\s+$/i.test(before);
}

/** True when every word of `inner` is capitalised (or a short function word), and it has few. */
function isTitle(sentence: DocSentence, inner: Span): boolean {
  let words = 0;
  for (const t of sentence.tokens) {
    if (t.start < inner.start || t.end > inner.end) continue;
    words++;
    if (!t.capitalized && !/^\d/.test(t.raw) && !(t.form.stopword && t.lower.length <= 3))
      return false;
  }
  return words > 0 && words <= MAX_TITLE_WORDS;
}

/** Most words of a title quoted as a name (a programme, a book, a slogan). */
const MAX_TITLE_WORDS = 6;

/** The quotations starting in [from, to), from a list in text order, found by bisection. */
function quotesWithin(list: readonly MatchedQuote[], from: number, to: number): MatchedQuote[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as MatchedQuote).found.inner.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: MatchedQuote[] = [];
  for (let k = lo; k < list.length && (list[k] as MatchedQuote).found.inner.start < to; k++)
    out.push(list[k] as MatchedQuote);
  return out;
}

function make(
  doc: Doc,
  sentence: DocSentence,
  cue: Span,
  content: Span,
  who: Who,
  spans: readonly QuoteSpan[],
  quotes: readonly MatchedQuote[],
  n: number,
): Found {
  // The quotation it holds most of.
  let quote: MatchedQuote | undefined;
  let most = 0;
  for (const q of quotes) {
    const shared =
      Math.min(q.found.inner.end, content.end) - Math.max(q.found.inner.start, content.start);
    if (shared > most) [quote, most] = [q, shared];
  }
  const attribution: Omit<Attribution, "matches"> = {
    id: String(n),
    source: doc.id,
    ...(who.speaker ? { speaker: who.speaker } : {}),
    ...(who.span ? { speakerSpan: doc.toOriginal(who.span) } : {}),
    cue: doc.toOriginal(cue),
    content: doc.toOriginal(content),
    kind: kindOf(content, spans),
    ...(quote ? { quote: quote.quote.id } : {}),
  };
  const words = new Set<string>();
  for (const t of sentence.tokens)
    if (t.start >= content.start && t.end <= content.end && isContent(t)) words.add(t.stem);
  return { attribution, sentence: sentence.global, words, doc: doc.index, view: content };
}

/** Direct when quotation marks hold nearly all of it, indirect when none, else mixed. */
function kindOf(content: Span, spans: readonly QuoteSpan[]): AttributionKind {
  let covered = 0;
  for (const q of spans)
    covered += Math.max(
      0,
      Math.min(q.inner.end, content.end) - Math.max(q.inner.start, content.start),
    );
  const length = content.end - content.start;
  if (covered === 0) return "indirect";
  return covered >= 0.9 * length ? "direct" : "mixed";
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
