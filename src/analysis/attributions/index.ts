import { isContent } from "../align/vocabulary.ts";
import { indexPairs, type SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence, paragraphRuns } from "../read/document.ts";
import type { MatchedQuote } from "../quotes/index.ts";
import { findQuoteSpans, type QuoteSpan } from "../text/quote-marks.ts";
import type { Attribution, AttributionKind, AttributionMatch, Quote, Span } from "../types.ts";
import { findReportWord } from "../framing/lexicon-index.ts";
import { CONTINUED, findCues } from "./cues.ts";
import { trimContent, type Cued, type Mention, type Quoted } from "./frame.ts";
import { SpeakerSieve, TITLE_AND_BODY_WORDS } from "./resolve.ts";
import { sentenceSubject } from "./subject.ts";

/**
 * Who said what: every reported statement of every source, quoted or not (cues.ts finds the
 * reporting words and their syntax, resolve.ts the speaker), then linked to the same statement
 * in the other sources through the aligned sentences and the quotations' matches.
 */

/** An attribution with what matching needs, before its matches are known. */
interface Found {
  readonly attribution: Omit<Attribution, "matches">;
  readonly sentence: number;
  /** Stems of its content words. */
  readonly words: ReadonlySet<string>;
  readonly doc: number;
  /** The content in view coordinates. */
  readonly view: Span;
}

/** How many sentences back a bare quotation takes the speaker of the one before it. */
const CARRY_OVER_SENTENCES = 2;

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

/** A previous attribution's speaker, for pronouns and bare quotations. */
interface Previous {
  readonly start: number;
  readonly speaker: string;
  readonly person: boolean;
  readonly sentence: number;
  readonly span: Span | undefined;
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
        // No reporting words: the opening quotation mark is what marks it as someone's words.
        const cue = {
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
      if (d === c || d.cue.start <= c.cue.start) continue;
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

interface Who {
  readonly speaker: string | undefined;
  readonly span: Span | undefined;
}

function remember(who: Who, sieve: SpeakerSieve, sentence: number, start: number): Previous {
  const speaker = who.speaker ?? "";
  return { start, speaker, person: sieve.isPerson(speaker), sentence, span: who.span };
}

function speakerOf(
  text: string,
  c: Cued,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
  inSentence: readonly Found[],
  sentence: DocSentence,
  quoted: Quoted,
): Who {
  if (c.mention?.kind === "pronoun") {
    // A pronoun in a later clause refers first to the sentence's subject, if it fits.
    const subject = sentenceSubject(text, sentence, quoted, c.mention.span.start);
    if (subject && subject.kind !== "pronoun" && subject.span.end <= c.mention.span.start) {
      const name = sieve.resolve(subject, previous);
      if (name && fitsPronoun(c.mention.text, sieve.isPerson(name)))
        return { speaker: name, span: c.mention.span };
    }
  }
  if (c.mention) return { speaker: sieve.resolve(c.mention, previous), span: c.mention.span };
  // A participle shares its main clause's subject: the attribution before it in the sentence.
  const main = inSentence[inSentence.length - 1]?.attribution;
  if (main) return { speaker: main.speaker, span: undefined };
  const last = previous[previous.length - 1];
  if (last && last.sentence === sentence.global) return { speaker: last.speaker, span: undefined };
  // Else the first person the sentence names before the cue; else, for a participle or a second
  // verb, the sentence's subject (`The ministry kept the report back but said …`); `according
  // to` with no speaker names nobody.
  const person = sieve.firstPersonIn(sentence.start, c.cue.start);
  if (person || !c.participle) return { speaker: person, span: undefined };
  const subject = sentenceSubject(text, sentence, quoted, c.cue.start);
  const name =
    subject && subject.kind !== "pronoun" && canSpeak(subject)
      ? sieve.resolve(subject, previous)
      : undefined;
  return { speaker: name, span: undefined };
}

/**
 * The speaker a paragraph's last sentence introduces when it ends in a colon after a reporting
 * word and nothing else (`Okafor continued:`), for the quotation in the next paragraph.
 */
function introducer(
  text: string,
  sentence: DocSentence,
  quoted: Quoted,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
): Previous | undefined {
  if (!/:\s*$/.test(text.slice(sentence.start, sentence.end))) return undefined;
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t, i) => !quoted(t) && findReportWord(tokens, i) !== undefined);
  if (verb < 0 && !CONTINUED.has(tokens[tokens.length - 1]?.lower ?? "")) return undefined;
  const subject = sentenceSubject(text, sentence, quoted, sentence.end);
  const speaker = subject && sieve.resolve(subject, previous);
  if (!subject || !speaker) return undefined;
  return {
    start: sentence.end,
    speaker,
    person: sieve.isPerson(speaker),
    sentence: sentence.global,
    span: subject.span,
  };
}

/** He and she stand for a person; they, it and we for a body or a group. */
function fitsPronoun(pronoun: string, person: boolean): boolean {
  const lower = pronoun.toLowerCase();
  if (lower === "he" || lower === "she") return person;
  return lower === "they" || lower === "it" || lower === "we" ? !person : false;
}

/** A transcript's speaker label opening a quotation: `"OKAFOR: We will rebuild."`. */
const LABEL_IN_QUOTE = /^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s/;

/**
 * A name signing a quotation after a dash, as under an epigraph or a reader's comment
 * (`"We will rebuild." ― Amina Okafor`): up to four capitalised words (initials and particles
 * between them), right after the closing mark.
 */
const SIGNATURE =
  /^[ \t]*[―—–][ \t]*(\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?|de|da|del|la|le|van|von|bin|al|el)){0,4})/u;

/** The signature after a quotation's closing mark, with its span. */
function signature(text: string, q: MatchedQuote): Who | undefined {
  const end = q.found.outer.end;
  const m = SIGNATURE.exec(text.slice(end, end + 80));
  const name = m?.[1]?.replace(/[.\s]+$/, "");
  if (!m || !name || !/\s/.test(name)) return undefined;
  const start = end + m[0].length - (m[1]?.length ?? 0);
  return { speaker: name, span: { start, end: start + name.length } };
}

/**
 * A bare quotation: a speaker label inside it, or a name signing it after a dash; else, for a quotation inside a sentence that no
 * cue covers, the sentence's subject (`Okafor sees the crews as "the best we have"`); else the
 * speaker the quotes stage named in its sentence; else the speaker of the one before.
 */
function bareSpeaker(
  text: string,
  q: MatchedQuote,
  sieve: SpeakerSieve,
  previous: readonly Previous[],
  sentence: DocSentence,
  quoted: Quoted,
): Who {
  const inner = q.found.inner;
  const label = LABEL_IN_QUOTE.exec(text.slice(inner.start, inner.end));
  if (label?.[1])
    return {
      speaker: label[1],
      span: { start: inner.start, end: inner.start + label[1].length },
    };
  const signed = signature(text, q);
  if (signed) return signed;
  if (sentence.tokens.some((t) => t.end <= q.found.outer.start && !quoted(t))) {
    const subject = sentenceSubject(text, sentence, quoted, q.found.outer.start);
    if (subject && (subject.kind === "pronoun" || canSpeak(subject))) {
      const name = sieve.resolve(subject, previous);
      if (name) return { speaker: name, span: subject.span };
    }
  }
  const span = q.found.speakerSpan;
  if (q.found.speaker && span && span.start >= sentence.start && span.end <= sentence.end)
    return { speaker: q.found.speaker, span };
  const last = previous[previous.length - 1];
  if (last && sentence.global - last.sentence <= CARRY_OVER_SENTENCES)
    return { speaker: last.speaker, span: undefined };
  return { speaker: q.found.speaker, span: undefined };
}

/**
 * A subject that can have said something: a name, or a noun phrase headed by a title, a body or
 * a plural (`the report`, `critics`), not `the economy`.
 */
function canSpeak(subject: Mention): boolean {
  if (subject.kind !== "nominal") return true;
  const head = /(\w+)$/.exec(subject.text.toLowerCase())?.[1] ?? "";
  return TITLE_AND_BODY_WORDS.has(head) || (head.endsWith("s") && !head.endsWith("ss"));
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

/** Share of content words at which two aligned statements are the same one in part. */
const PARTIAL = 0.5;
/** … and word for word. */
const VERBATIM = 0.9;
/** Least share of words for a paraphrase in sentences aligned only as "related". */
const RELATED_PARAPHRASE = 0.25;

function matchAttributions(
  found: readonly Found[],
  docs: readonly Doc[],
  pairs: readonly SentencePair[],
  quotes: readonly MatchedQuote[],
): Attribution[] {
  const total = docs.reduce((n, d) => n + d.sentences.length, 0);
  const index = indexPairs(pairs, total);
  const bySentence = new Map<number, Found[]>();
  for (const f of found) {
    const list = bySentence.get(f.sentence);
    if (list) list.push(f);
    else bySentence.set(f.sentence, [f]);
  }
  const sentenceOf = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) sentenceOf.set(s.id, s.global);
  const quoteById = new Map(quotes.map((q) => [q.quote.id, q.quote]));
  const matches = new Map<Found, Map<Found, AttributionMatch["kind"]>>(
    found.map((f) => [f, new Map()]),
  );
  const link = (a: Found, b: Found, kind: AttributionMatch["kind"]) => {
    if (a.doc === b.doc || matches.get(a)?.has(b)) return;
    matches.get(a)?.set(b, kind);
    matches.get(b)?.set(a, kind);
  };
  for (const f of found) {
    // Partners: the sentences aligned with this one, and those carrying its quotation.
    const partners: { sentence: number; related: boolean }[] = [];
    for (let k = index.start[f.sentence] ?? 0; k < (index.start[f.sentence + 1] ?? 0); k++)
      partners.push({
        sentence: index.partner[k] ?? -1,
        related: pairs[index.pair[k] ?? 0]?.kind === "related",
      });
    const quote =
      f.attribution.quote === undefined ? undefined : quoteById.get(f.attribution.quote);
    for (const m of quote?.matches ?? []) {
      const s = sentenceOf.get(m.sentence);
      if (s !== undefined) partners.push({ sentence: s, related: false });
    }
    for (const p of partners) {
      let best: Found | undefined;
      let bestShare = -1;
      for (const g of bySentence.get(p.sentence) ?? []) {
        const share = overlapShare(f.words, g.words);
        if (share > bestShare) [best, bestShare] = [g, share];
      }
      if (!best || (p.related && bestShare < RELATED_PARAPHRASE)) continue;
      link(
        f,
        best,
        bestShare >= VERBATIM ? "verbatim" : bestShare >= PARTIAL ? "partial" : "paraphrase",
      );
    }
  }
  const sourceOf = (f: Found) => docs[f.doc]?.id ?? "";
  return found.map((f) => {
    const attribution = f.attribution;
    const linked = [...(matches.get(f) ?? new Map<Found, AttributionMatch["kind"]>())]
      .map(([g, kind]) => ({ source: sourceOf(g), attribution: g.attribution.id, kind }))
      .sort((a, b) => (a.attribution < b.attribution ? -1 : a.attribution > b.attribution ? 1 : 0));
    return { ...attribution, matches: linked };
  });
}

/** Shared words over the smaller set's size. */
function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Quotations with the speaker of the attribution that carries them, where that attribution names
 * one in its own words (a cue's subject, or a pronoun resolved by the sieve); others unchanged.
 */
export function attributeQuotes(
  quotes: readonly Quote[],
  attributions: readonly Attribution[],
): Quote[] {
  const byQuote = new Map<string, Attribution>();
  for (const a of attributions)
    if (a.quote !== undefined && a.speaker !== undefined && !byQuote.has(a.quote))
      byQuote.set(a.quote, a);
  return quotes.map((q) => {
    // A quotation that is not the one its attribution holds most of (`called it "A" and "B"`):
    // the attribution whose content holds it.
    const a =
      byQuote.get(q.id) ??
      attributions.find(
        (x) =>
          x.source === q.source &&
          x.speaker !== undefined &&
          x.content.start <= q.start &&
          x.content.end >= q.end,
      );
    if (a?.speaker === undefined) return q;
    // Without words of its own (a bare quotation), it keeps where the quotes stage found the name.
    const span = a.speakerSpan ?? (a.speaker === q.speaker ? q.speakerSpan : undefined);
    return { ...q, speaker: a.speaker, ...(span ? { speakerSpan: span } : {}) };
  });
}
