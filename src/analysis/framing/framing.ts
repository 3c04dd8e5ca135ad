import { stemmer } from "stemmer";
import { indexPairs, type PairIndex, type SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence } from "../read/document.ts";
import { scanSentence, type FramingHit } from "./lexicon-index.ts";
import { senseFilter, type SenseFilter } from "./senses.ts";
import type { MatchedQuote } from "../quotes/index.ts";
import type { FramingMark, Span } from "../types.ts";

/**
 * Word choices that frame the story: attribution verbs beyond the neutral "said", hedges that
 * distance the writer from a claim, loaded and evaluative words, contested labels for actors and
 * events, intensifiers. Each mark gets its voice (the outlet's own words, or inside a quotation it
 * reports), a note from the lexicon, and, where a sentence aligned with it in another source
 * words the same thing differently, that wording as a counterpart.
 */
export function findFraming(
  docs: readonly Doc[],
  all: readonly DocSentence[],
  pairs: readonly SentencePair[],
  quotes: readonly MatchedQuote[],
): FramingMark[] {
  const sentences = new SentenceData(all.length, pairs, docs);
  const inQuote = docs.map((d) =>
    containment(quotes.filter((q) => q.found.doc === d.index).map((q) => q.found.outer)),
  );

  const marks: FramingMark[] = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      if (!isReporting(s.role)) continue;
      for (const hit of sentences.markable(s)) {
        const span = doc.toOriginal(hit);
        const quoted = inQuote[doc.index]?.(hit) ?? false;
        const counterpart = findCounterpart(hit, s, all, docs, sentences);
        // A mildly marked reporting verb or label that the aligned sentence of another report
        // uses too is the shared wording of the event, not this outlet's choice: no mark. A
        // label is a choice among names for one thing, and there the reports made the same
        // one. A strongly marked word ("admitted", "regime") is marked wherever it is.
        if (
          (hit.category === "attribution" || hit.category === "label") &&
          hit.strength === 1 &&
          counterpart &&
          sameWord(doc.original.slice(span.start, span.end), counterpartText(docs, counterpart))
        )
          continue;
        const mark = {
          source: doc.id,
          start: span.start,
          end: span.end,
          category: hit.category,
          voice: quoted ? "quoted" : "narrator",
          note: hit.note,
        } as const;
        marks.push(counterpart ? { ...mark, counterpart } : mark);
      }
    }
  }
  return marks;
}

/**
 * What the marks of a sentence ask again, worked out once per sentence and run: its lexicon hits
 * and reporting verbs, and its partners best first. Sentences are numbered, so arrays hold them,
 * sized up front (filled out of order, a growing array would turn into a dictionary).
 */
/** A sentence's scan with its sense filter, each list filtered on first use. */
interface FilteredScan {
  readonly raw: readonly FramingHit[];
  readonly rawVerbs: readonly Span[];
  readonly keep?: SenseFilter;
  markable?: readonly FramingHit[];
  hits?: readonly FramingHit[];
  verbs?: readonly Span[];
}

class SentenceData {
  private readonly scans: (FilteredScan | undefined)[];
  private readonly ranked: (readonly number[] | undefined)[];
  private readonly pairs: readonly SentencePair[];
  private readonly bySentence: PairIndex;
  private readonly docs: readonly Doc[];

  constructor(sentences: number, pairs: readonly SentencePair[], docs: readonly Doc[]) {
    this.docs = docs;
    this.scans = new Array<FilteredScan | undefined>(sentences).fill(undefined);
    this.ranked = new Array<readonly number[] | undefined>(sentences).fill(undefined);
    this.pairs = pairs;
    this.bySentence = indexPairs(pairs, sentences);
  }

  /**
   * The sentence's hits strong enough to be marked, those used in another sense left out.
   * Reporting nouns are often ordinary nouns (the protest, the charges): only strongly marked
   * ones ("claims", "allegations") count.
   */
  markable(s: DocSentence): readonly FramingHit[] {
    const scan = this.scan(s);
    scan.markable ??= scan.raw.filter(
      (h) =>
        h.strength >= 1 && !(h.kind === "noun" && h.strength < 2) && (scan.keep?.hit(h) ?? true),
    );
    return scan.markable;
  }

  /**
   * Every hit of the sentence, a neutral "said" included, those used in another sense left out:
   * the wordings another sentence's mark may be set against. Filtered on first use, as telling
   * a verb from a noun takes the tagger and most sentences are never asked.
   */
  hits(s: DocSentence): readonly FramingHit[] {
    const scan = this.scan(s);
    scan.hits ??= scan.keep ? scan.raw.filter(scan.keep.hit) : scan.raw;
    return scan.hits;
  }

  /**
   * The sentence's reporting verbs, those used in another sense left out. Filtered only when a
   * counterpart is looked for here: telling a verb from a noun takes the tagger, and most
   * sentences with a "said" are never asked.
   */
  verbs(s: DocSentence): readonly Span[] {
    const scan = this.scan(s);
    scan.verbs ??= scan.keep ? scan.rawVerbs.filter(scan.keep.verb) : scan.rawVerbs;
    return scan.verbs;
  }

  private scan(s: DocSentence): FilteredScan {
    let scan = this.scans[s.global];
    if (!scan) {
      const found = scanSentence(s.tokens);
      const text = this.docs[s.terms.source]?.view;
      if (text !== undefined && found.hits.length + found.verbs.length > 0) {
        const keep = senseFilter({
          text,
          start: s.start,
          end: s.end,
          tokens: s.tokens,
          sentence: s,
        });
        scan = { raw: found.hits, rawVerbs: found.verbs, keep };
      } else scan = { raw: found.hits, rawVerbs: found.verbs };
      this.scans[s.global] = scan;
    }
    return scan;
  }

  /**
   * The sentences aligned with sentence `g`, best score first (then lower index). A sentence has
   * a handful of partners: sorted by insertion (stable, like `Array.prototype.sort`, whose setup
   * costs more than such a sort).
   */
  rankedPartners(g: number): readonly number[] {
    let list = this.ranked[g];
    if (!list) {
      const others: number[] = [];
      const scores: number[] = [];
      const { start, pair, partner } = this.bySentence;
      for (let k = start[g] ?? 0; k < (start[g + 1] ?? 0); k++) {
        const p = this.pairs[pair[k] ?? -1];
        if (!p) continue;
        const other = partner[k] ?? 0;
        // Moved before every entry it ranks ahead of (the comparator of the sort this replaces).
        let at = others.length;
        for (
          ;
          at > 0 && ((scores[at - 1] ?? 0) - p.score || other - (others[at - 1] ?? 0)) < 0;
          at--
        ) {
          others[at] = others[at - 1] ?? 0;
          scores[at] = scores[at - 1] ?? 0;
        }
        others[at] = other;
        scores[at] = p.score;
      }
      list = others;
      this.ranked[g] = list;
    }
    return list;
  }
}

/**
 * A test for "inside one of these spans" that answers in log time: spans sorted by start, with
 * the furthest end reached so far; a span contains [start, end] exactly when some span starting
 * at or before `start` reaches `end`.
 */
function containment(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const q of sorted) reach.push(Math.max(q.end, reach[reach.length - 1] ?? -Infinity));
  return (s) => {
    let lo = 0;
    let hi = sorted.length; // first index whose start is after s.start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.start ?? Infinity) <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -Infinity) >= s.end;
  };
}

/** Where `start` falls in a sentence, from 0 (its start) to 1 (its end). */
const relative = (start: number, sentence: DocSentence) =>
  (start - sentence.start) / Math.max(1, sentence.end - sentence.start);

/**
 * The wording an aligned sentence elsewhere uses for the same thing: for an attribution verb, that
 * sentence's reporting verb (even a neutral "said"); for a label, a term of the same group; for
 * other classes, a term of the same class. The best-scoring partner sentence wins; inside it, the
 * candidate nearest the mark's relative position (the earlier start on a tie; of candidates that
 * start at one place, the first listed: hits before reporting verbs).
 */
function findCounterpart(
  hit: FramingHit,
  s: DocSentence,
  all: readonly DocSentence[],
  docs: readonly Doc[],
  sentences: SentenceData,
): ({ source: string } & Span) | undefined {
  const at = relative(hit.start, s);
  for (const other of sentences.rankedPartners(s.global)) {
    const t = all[other];
    const doc = t ? docs[t.terms.source] : undefined;
    if (!t || !doc) continue;
    const hits = sentences.hits(t);
    // The nearest candidate by one pass, not by sorting them all; a strict "<" keeps the first
    // listed of candidates with one start, as removing later duplicates of a start did.
    let best: Span | undefined;
    let bestDistance = Infinity;
    for (const h of hits) {
      if (!compatible(hit, h)) continue;
      const distance = Math.abs(relative(h.start, t) - at);
      if (!best || distance < bestDistance || (distance === bestDistance && h.start < best.start)) {
        best = h;
        bestDistance = distance;
      }
    }
    if (hit.category === "attribution") {
      for (const v of sentences.verbs(t)) {
        const distance = Math.abs(relative(v.start, t) - at);
        if (
          !best ||
          distance < bestDistance ||
          (distance === bestDistance && v.start < best.start)
        ) {
          best = v;
          bestDistance = distance;
        }
      }
    }
    if (!best) continue;
    return { source: doc.id, ...doc.toOriginal(best) };
  }
  return undefined;
}

function counterpartText(docs: readonly Doc[], c: { source: string } & Span): string {
  return docs.find((d) => d.id === c.source)?.original.slice(c.start, c.end) ?? "";
}

/** Two wordings with the same first word, up to inflection ("urged" / "urges"). */
function sameWord(a: string, b: string): boolean {
  const first = (t: string) => stemmer(t.toLowerCase().split(/[\s\u2010\u2011-]+/)[0] ?? "");
  return first(a) === first(b);
}

function compatible(a: FramingHit, b: FramingHit): boolean {
  if (a.category !== b.category) return false;
  if (a.category === "label") return a.group !== undefined && a.group === b.group;
  return true;
}
