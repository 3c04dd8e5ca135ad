import type { FramingCategory, Span, Voice } from "../analysis/types.ts";
import { sliceText, type ComparisonIndex } from "./comparison-index.ts";
import { sentenceCoverage } from "./coverage.ts";
import { excerpt, tidy } from "./wording.ts";

/** A place in a source a summary line links to. */
export interface Place {
  readonly sourceId: string;
  readonly sentenceId: string;
  readonly span: Span | undefined;
}

// ── Framing words per outlet ─────────────────────────────────────────────────────────────

export interface WordUse {
  /** The word as first printed (repeats are merged regardless of case). */
  readonly word: string;
  readonly category: FramingCategory;
  readonly voice: Voice;
  readonly places: readonly Place[];
}

/** Framing words of one source, merged by wording, in order of first use. */
export function framingWords(
  index: ComparisonIndex,
  sourceId: string,
  filter: (category: FramingCategory) => boolean,
): readonly WordUse[] {
  const source = index.source(sourceId);
  const words = new Map<
    string,
    { word: string; category: FramingCategory; voice: Voice; places: Place[] }
  >();
  const marks = index.comparison.framing
    .filter((m) => m.source === sourceId && filter(m.category))
    .toSorted((a, b) => a.start - b.start);
  for (const mark of marks) {
    const word = tidy(sliceText(source, mark));
    const sentenceId = index.sentenceAt(sourceId, mark.start)?.id;
    if (!word || !sentenceId) continue;
    const key = `${word.toLocaleLowerCase()}|${mark.voice}|${mark.category}`;
    const entry = words.get(key) ?? {
      word,
      category: mark.category,
      voice: mark.voice,
      places: [],
    };
    entry.places.push({ sourceId, sentenceId, span: { start: mark.start, end: mark.end } });
    words.set(key, entry);
  }
  return [...words.values()];
}

// ── What only one source reports ─────────────────────────────────────────────────────────

export interface UniqueLine {
  readonly place: Place;
  readonly text: string;
}

export function uniqueContent(index: ComparisonIndex, sourceId: string): readonly UniqueLine[] {
  const source = index.source(sourceId);
  return (source?.sentences ?? [])
    .filter((s) => index.isUnique(s.id))
    .map((s) => ({
      place: { sourceId, sentenceId: s.id, span: undefined },
      text: excerpt(sliceText(source, s), 160),
    }));
}

// ── What some sources report and others do not (three or more sources) ──────────────────

export interface PartialGroup {
  /** Source ids that carry these sentences, in column order. */
  readonly present: readonly string[];
  /** Source ids that do not. */
  readonly absent: readonly string[];
  /** The sentences as the first present source prints them. */
  readonly lines: readonly UniqueLine[];
}

/**
 * Body sentences carried by at least two sources but not by all, grouped by which sources carry
 * them. Each is listed once, from the first column that has it; with two sources there are none.
 */
export function partialCoverage(index: ComparisonIndex): readonly PartialGroup[] {
  if (index.sources.length < 3) return [];
  const groups = new Map<string, { present: string[]; absent: string[]; lines: UniqueLine[] }>();
  for (const source of index.sources) {
    for (const sentence of source.sentences) {
      if (sentence.role !== undefined && sentence.role !== "body") continue;
      const { present, absent } = sentenceCoverage(index, sentence.id);
      if (present.length < 2 || absent.length === 0 || present[0]?.id !== source.id) continue;
      const key = present.map((s) => s.id).join(",");
      const group = groups.get(key) ?? {
        present: present.map((s) => s.id),
        absent: absent.map((s) => s.id),
        lines: [],
      };
      group.lines.push({
        place: { sourceId: source.id, sentenceId: sentence.id, span: undefined },
        text: excerpt(sliceText(source, sentence), 160),
      });
      groups.set(key, group);
    }
  }
  // Most widely carried first, then in column order.
  return [...groups.values()].sort(
    (a, b) =>
      b.present.length - a.present.length || a.present.join().localeCompare(b.present.join()),
  );
}
