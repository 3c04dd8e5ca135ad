import type { Alignment, Comparison, Sentence, Source, Span } from "../analysis/types.ts";
import { displaySlice } from "./display-text.ts";
import { readerLinks } from "./reader-links.ts";

/** A sentence with where it sits: its source and its position in that source's reading order. */
export interface LocatedSentence {
  readonly sentence: Sentence;
  readonly source: Source;
  /** Index of the source in `comparison.sources` (its column). */
  readonly column: number;
  /** Index of the sentence in `source.sentences`. */
  readonly order: number;
}

/**
 * Look-ups over one Comparison that every view needs. Built once per result; it reads ids and
 * offsets only and never looks at the words.
 */
export interface ComparisonIndex {
  readonly comparison: Comparison;
  readonly sources: readonly Source[];
  source(sourceId: string): Source | undefined;
  /** The source's display name, or its id when the Comparison does not know it. */
  sourceName(sourceId: string): string;
  column(sourceId: string): number;
  sentence(sentenceId: string): LocatedSentence | undefined;
  /** The sentence of `sourceId` whose span contains `offset`, if any. */
  sentenceAt(sourceId: string, offset: number): Sentence | undefined;
  /** The sentences of `sourceId` that overlap `span`, in reading order. */
  sentencesOverlapping(sourceId: string, span: Span): readonly Sentence[];
  /**
   * The alignments a reader is shown (see reader-links.ts): each sentence with its best one or
   * two in each other source. Connectors, partners and coverage use these.
   */
  readonly shown: readonly Alignment[];
  /** Sentences in other sources shown as aligned with this one, in column then reading order. */
  partners(sentenceId: string): readonly string[];
  /**
   * Sentences in other sources the engine links to this one that are not shown as partners (past
   * the best two of this sentence or of theirs), in column then reading order.
   */
  related(sentenceId: string): readonly string[];
  /** Every alignment of the sentence, shown or only related. */
  alignmentsOf(sentenceId: string): readonly Alignment[];
  /**
   * True when a body sentence belongs to no alignment at all, not even a related one: only its
   * source reports it.
   */
  isUnique(sentenceId: string): boolean;
}

/** Roles that carry reported content; a headline or caption with no partner is not "unique content". */
function isBodyRole(sentence: Sentence): boolean {
  return sentence.role === undefined || sentence.role === "body";
}

export function indexComparison(comparison: Comparison): ComparisonIndex {
  const sourcesById = new Map<string, Source>();
  const columns = new Map<string, number>();
  const located = new Map<string, LocatedSentence>();
  const sortedBySource = new Map<string, readonly Sentence[]>();

  comparison.sources.forEach((source, column) => {
    sourcesById.set(source.id, source);
    columns.set(source.id, column);
    source.sentences.forEach((sentence, order) => {
      located.set(sentence.id, { sentence, source, column, order });
    });
    sortedBySource.set(
      source.id,
      [...source.sentences].sort((a, b) => a.start - b.start),
    );
  });

  const bySentence = (alignments: readonly Alignment[]) => {
    const map = new Map<string, Alignment[]>();
    for (const alignment of alignments) {
      for (const id of alignment.sentences) {
        const list = map.get(id) ?? [];
        list.push(alignment);
        map.set(id, list);
      }
    }
    return map;
  };
  const links = readerLinks(comparison.alignments, (id) => located.get(id)?.source.id);
  const alignmentsBySentence = bySentence(comparison.alignments);
  const shownBySentence = bySentence(links.shown);
  const relatedBySentence = bySentence(links.related);

  /** The sentences of other sources in `map`'s alignments of `sentenceId`, in column order. */
  const others = (map: ReadonlyMap<string, Alignment[]>, sentenceId: string): string[] => {
    const self = located.get(sentenceId);
    const found = new Set<string>();
    for (const alignment of map.get(sentenceId) ?? []) {
      for (const id of alignment.sentences) {
        const other = located.get(id);
        if (other && self && other.source.id !== self.source.id) found.add(id);
      }
    }
    return [...found].sort((a, b) => {
      const x = located.get(a);
      const y = located.get(b);
      if (!x || !y) return 0;
      return x.column - y.column || x.order - y.order;
    });
  };
  const partnerCache = new Map<string, readonly string[]>();
  function partners(sentenceId: string): readonly string[] {
    let cached = partnerCache.get(sentenceId);
    if (!cached) partnerCache.set(sentenceId, (cached = others(shownBySentence, sentenceId)));
    return cached;
  }
  function related(sentenceId: string): readonly string[] {
    const shownIds = new Set(partners(sentenceId));
    return others(relatedBySentence, sentenceId).filter((id) => !shownIds.has(id));
  }

  function sentencesOverlapping(sourceId: string, span: Span): readonly Sentence[] {
    const sorted = sortedBySource.get(sourceId) ?? [];
    // Binary search for the first sentence ending after span.start.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid]?.end ?? 0) <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Sentence[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const sentence = sorted[i];
      if (!sentence || sentence.start >= span.end) break;
      out.push(sentence);
    }
    return out;
  }

  return {
    comparison,
    sources: comparison.sources,
    source: (id) => sourcesById.get(id),
    sourceName: (id) => sourcesById.get(id)?.name ?? id,
    column: (id) => columns.get(id) ?? -1,
    sentence: (id) => located.get(id),
    sentenceAt: (sourceId, offset) =>
      sentencesOverlapping(sourceId, { start: offset, end: offset + 1 })[0],
    sentencesOverlapping,
    shown: links.shown,
    partners,
    related,
    alignmentsOf: (id) => alignmentsBySentence.get(id) ?? [],
    isUnique: (id) => {
      const entry = located.get(id);
      return (
        entry !== undefined &&
        isBodyRole(entry.sentence) &&
        partners(id).length === 0 &&
        related(id).length === 0
      );
    },
  };
}

/**
 * The words of a span as printed: views only ever slice, never rewrite. A web page's slice
 * loses its inline tags and entities (offsets point into the markup).
 */
export function sliceText(source: Source | undefined, span: Span): string {
  return source ? displaySlice(source, span.start, span.end) : "";
}
