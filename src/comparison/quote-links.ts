import type { Quote, QuoteMatchKind, Span } from "../analysis/types.ts";
import type { ComparisonIndex } from "./comparison-index.ts";
import { SpanIndex } from "./span-index.ts";

/** Where another source carries a quote's words, or their paraphrase. */
export interface QuoteCounterpart {
  readonly source: string;
  /** The sentence in that source, when known. */
  readonly sentence: string | undefined;
  /** The exact words in that source, when the engine located them. */
  readonly span: Span | undefined;
  readonly kind: QuoteMatchKind;
  /** Set when the counterpart is itself a quotation in that source. */
  readonly quote: Quote | undefined;
}

function matchSpan(match: { start?: number; end?: number }): Span | undefined {
  return match.start !== undefined && match.end !== undefined && match.end > match.start
    ? { start: match.start, end: match.end }
    : undefined;
}

/**
 * Every counterpart of every quote, in both directions: the engine may record a match on one
 * side only (A's quote lists B's words, but B's own quote lists nothing), and the reader should
 * see the link from either end.
 */
export function linkQuotes(
  index: ComparisonIndex,
): ReadonlyMap<string, readonly QuoteCounterpart[]> {
  const quotes = index.comparison.quotes;
  const links = new Map<string, QuoteCounterpart[]>(quotes.map((q) => [q.id, []]));
  const add = (quoteId: string, counterpart: QuoteCounterpart): void => {
    const list = links.get(quoteId);
    if (!list) return;
    const duplicate = list.some(
      (c) =>
        c.source === counterpart.source &&
        c.sentence === counterpart.sentence &&
        c.span?.start === counterpart.span?.start,
    );
    if (!duplicate) list.push(counterpart);
  };

  // Where each quote's sentence is, and for each source the first quote (in list order) by
  // sentence and by span: looked up, not searched for, once per match.
  const sentenceOf = quotes.map((q) => index.sentenceAt(q.source, q.start)?.id);
  const firstBySentence = new Map<string, Map<string | undefined, Quote>>();
  quotes.forEach((q, k) => {
    let bySentence = firstBySentence.get(q.source);
    if (!bySentence)
      firstBySentence.set(q.source, (bySentence = new Map<string | undefined, Quote>()));
    if (!bySentence.has(sentenceOf[k])) bySentence.set(sentenceOf[k], q);
  });
  const bySpan = new SpanIndex(quotes);

  quotes.forEach((quote, k) => {
    for (const match of quote.matches) {
      if (match.source === quote.source) continue;
      const span = matchSpan(match);
      // Is the matched place itself a quotation in that source?
      const first = span ? bySpan.overlapping(match.source, span)[0] : undefined;
      const target = span
        ? first === undefined
          ? undefined
          : quotes[first]
        : firstBySentence.get(match.source)?.get(match.sentence);
      add(quote.id, {
        source: match.source,
        sentence: match.sentence,
        span: span ?? (target ? { start: target.start, end: target.end } : undefined),
        kind: match.kind,
        quote: target,
      });
      if (target) {
        add(target.id, {
          source: quote.source,
          sentence: sentenceOf[k],
          span: { start: quote.start, end: quote.end },
          kind: match.kind,
          quote,
        });
      }
    }
  });
  return links;
}
