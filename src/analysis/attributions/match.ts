import { indexPairs, type SentencePair } from "../align/pairs.ts";
import type { Doc } from "../read/document.ts";
import type { MatchedQuote } from "../quotes/index.ts";
import type { Attribution, AttributionMatch, Quote, Span } from "../types.ts";

/*
 * The same statement across sources: an attribution is linked to those of the sentences aligned
 * with its own, and of the sentences carrying its quotation, by the share of content words they
 * have in common (verbatim, partial or paraphrase); and quotations take the speaker of the
 * attribution that carries them.
 */

/** An attribution with what matching needs, before its matches are known. */
export interface Found {
  readonly attribution: Omit<Attribution, "matches">;
  readonly sentence: number;
  /** Stems of its content words. */
  readonly words: ReadonlySet<string>;
  readonly doc: number;
  /** The content in view coordinates. */
  readonly view: Span;
}

/** Share of content words at which two aligned statements are the same one in part. */
const PARTIAL = 0.5;
/** … and word for word. */
const VERBATIM = 0.9;
/** Least share of words for a paraphrase in sentences aligned only as "related". */
const RELATED_PARAPHRASE = 0.25;

export function matchAttributions(
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
