import type { SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { findFramingTerm, findReportWord, type FramingHit } from "./lexicon-index.ts";
import type { MatchedQuote } from "./quotes.ts";
import type { FramingMark, Span } from "./types.ts";

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
  const partners = new Map<number, { other: number; score: number }[]>();
  for (const p of pairs) {
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      partners.set(x, [...(partners.get(x) ?? []), { other: y, score: p.score }]);
    }
  }
  const quoteSpans = docs.map((d) => quotes.filter((q) => q.found.doc === d.index).map((q) => q.found.outer));
  const hitsBySentence = new Map<number, FramingHit[]>();
  const hitsOf = (s: DocSentence): FramingHit[] => {
    let hits = hitsBySentence.get(s.global);
    if (!hits) {
      hits = scanSentence(s);
      hitsBySentence.set(s.global, hits);
    }
    return hits;
  };

  const marks: FramingMark[] = [];
  for (const doc of docs) {
    for (const s of doc.sentences) {
      if (!isReporting(s.role)) continue;
      for (const hit of hitsOf(s)) {
        // Reporting nouns are often ordinary nouns (the protest, the charges): only strongly
        // marked ones ("claims", "allegations") are marked.
        if (hit.strength < 1 || (hit.kind === "noun" && hit.strength < 2)) continue;
        const span = doc.toOriginal(hit);
        const quoted = (quoteSpans[doc.index] ?? []).some((q) => hit.start >= q.start && hit.end <= q.end);
        const counterpart = findCounterpart(hit, s, partners, all, docs, hitsOf);
        marks.push({
          source: doc.id,
          start: span.start,
          end: span.end,
          category: hit.category,
          voice: quoted ? "quoted" : "narrator",
          note: hit.note,
          ...(counterpart ? { counterpart } : {}),
        });
      }
    }
  }
  return marks;
}

/** All lexicon hits in a sentence, longest match first at each position, non-overlapping. */
function scanSentence(s: DocSentence): FramingHit[] {
  const hits: FramingHit[] = [];
  for (let i = 0; i < s.tokens.length; ) {
    const hit = findFramingTerm(s.tokens, i);
    if (hit) {
      hits.push(hit);
      i += hit.length;
    } else i++;
  }
  return hits;
}

/**
 * The wording an aligned sentence elsewhere uses for the same thing: for an attribution verb, that
 * sentence's reporting verb (even a neutral "said"); for a label, a term of the same group; for
 * other classes, a term of the same class. The best-scoring partner sentence wins; inside it, the
 * candidate nearest the mark's relative position.
 */
function findCounterpart(
  hit: FramingHit,
  s: DocSentence,
  partners: ReadonlyMap<number, readonly { other: number; score: number }[]>,
  all: readonly DocSentence[],
  docs: readonly Doc[],
  hitsOf: (s: DocSentence) => FramingHit[],
): ({ source: string } & Span) | undefined {
  const ranked = [...(partners.get(s.global) ?? [])].sort((a, b) => b.score - a.score || a.other - b.other);
  const relative = (h: Span, sentence: DocSentence) => (h.start - sentence.start) / Math.max(1, sentence.end - sentence.start);
  const at = relative(hit, s);
  for (const { other } of ranked) {
    const t = all[other];
    const doc = t ? docs[t.terms.source] : undefined;
    if (!t || !doc) continue;
    let candidates: Span[] = hitsOf(t).filter((h) => compatible(hit, h));
    if (hit.category === "attribution") {
      for (let i = 0; i < t.tokens.length; i++) {
        const w = findReportWord(t.tokens, i);
        const first = t.tokens[i];
        const last = t.tokens[i + (w?.length ?? 1) - 1];
        if (w && first && last && w.kind === "verb") candidates.push({ start: first.start, end: last.end });
      }
    }
    candidates = candidates.filter((c, i, list) => list.findIndex((d) => d.start === c.start) === i);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => Math.abs(relative(a, t) - at) - Math.abs(relative(b, t) - at) || a.start - b.start);
    const best = candidates[0];
    if (!best) continue;
    return { source: doc.id, ...doc.toOriginal(best) };
  }
  return undefined;
}

function compatible(a: FramingHit, b: FramingHit): boolean {
  if (a.category !== b.category) return false;
  if (a.category === "label") return a.group !== undefined && a.group === b.group;
  return true;
}
