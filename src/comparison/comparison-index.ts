import type { Alignment, Comparison, Sentence, Source, Span } from "../analysis/types.ts";
import { displaySlice } from "./display-text.ts";

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
  /** Sentences in other sources aligned with this one, in column then reading order. */
  partners(sentenceId: string): readonly string[];
  alignmentsOf(sentenceId: string): readonly Alignment[];
  /** True when a body sentence belongs to no alignment: only its source reports it. */
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

  const alignmentsBySentence = new Map<string, Alignment[]>();
  for (const alignment of comparison.alignments) {
    for (const id of alignment.sentences) {
      const list = alignmentsBySentence.get(id) ?? [];
      list.push(alignment);
      alignmentsBySentence.set(id, list);
    }
  }

  const partnerCache = new Map<string, readonly string[]>();
  function partners(sentenceId: string): readonly string[] {
    const cached = partnerCache.get(sentenceId);
    if (cached) return cached;
    const self = located.get(sentenceId);
    const found = new Set<string>();
    for (const alignment of alignmentsBySentence.get(sentenceId) ?? []) {
      for (const id of alignment.sentences) {
        const other = located.get(id);
        if (other && self && other.source.id !== self.source.id) found.add(id);
      }
    }
    const ordered = [...found].sort((a, b) => {
      const x = located.get(a);
      const y = located.get(b);
      if (!x || !y) return 0;
      return x.column - y.column || x.order - y.order;
    });
    partnerCache.set(sentenceId, ordered);
    return ordered;
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
    partners,
    alignmentsOf: (id) => alignmentsBySentence.get(id) ?? [],
    isUnique: (id) => {
      const entry = located.get(id);
      return entry !== undefined && isBodyRole(entry.sentence) && partners(id).length === 0;
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
