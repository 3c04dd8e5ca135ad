import type { SentencePair } from "../align/pairs.ts";
import type { Doc } from "../read/document.ts";
import type { Vocabulary } from "../align/vocabulary.ts";
import type { Quote, QuoteMatch } from "../types.ts";
import { candidates, everySentence } from "./candidates.ts";
import type { FoundQuote } from "./find.ts";
import { Scratch } from "./longest-run.ts";
import { matchOne, type Match } from "./match-sentence.ts";
import { QuoteInfo } from "./quote-info.ts";
import { indexDocs, Interner, KeyIds, Partners, type DocIndex } from "./source-index.ts";

/*
 * Matching quotations across sources: for each quotation and each other source, the candidate
 * sentences are tested and the two best matches kept; then the quotation is put in the
 * contract's form.
 */

/** A quotation with its contract form (original coordinates) and its view-space details. */
export interface MatchedQuote {
  readonly found: FoundQuote;
  readonly quote: Quote;
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
      const count = exhaustive
        ? everySentence(index, scratch)
        : candidates(index, q, partners, f.sentence, scratch);
      const listed = scratch.stamp;
      // The two best by rank, then document order. Candidates come in document order, so a later
      // one displaces an earlier only with a strictly higher rank, as in a stable sort.
      let best: Match | undefined;
      let second: Match | undefined;
      for (let c = 0; c < count; c++) {
        const i = scratch.list[c] ?? 0;
        const g = index.sentences[i]?.global ?? -1;
        const m = matchOne(
          q,
          index,
          i,
          scratch.aligned[g] === aligned,
          scratch.runFlag[i] === listed,
          scratch,
        );
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
function toMatched(
  own: DocIndex,
  f: FoundQuote,
  matches: QuoteMatch[],
  counters: Map<string, number>,
): MatchedQuote {
  const id = own.id;
  const n = (counters.get(id) ?? 0) + 1;
  counters.set(id, n);
  const inner = own.toOriginal(f.inner);
  const speakerSpan = f.speakerSpan ? own.toOriginal(f.speakerSpan) : undefined;
  const speaker = f.speakerSpan
    ? own.view.slice(f.speakerSpan.start, f.speakerSpan.end)
    : undefined;
  const quote: Quote =
    speaker && speakerSpan
      ? {
          id: `${id}.q${n}`,
          source: id,
          start: inner.start,
          end: inner.end,
          speaker,
          speakerSpan,
          matches,
        }
      : { id: `${id}.q${n}`, source: id, start: inner.start, end: inner.end, matches };
  return { found: speaker ? { ...f, speaker } : f, quote };
}

function toMatch(other: DocIndex, m: Match): QuoteMatch {
  const sentence = other.sentences[m.at]?.id ?? "";
  const span = m.span ? other.toOriginal(m.span) : undefined;
  return span
    ? { source: other.id, sentence, start: span.start, end: span.end, kind: m.kind }
    : { source: other.id, sentence, kind: m.kind };
}
