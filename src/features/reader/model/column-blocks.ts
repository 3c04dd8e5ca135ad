import type { RemovedSpan, Sentence, SentenceRole, Source } from "../../../analysis/types.ts";
import { displaySlice } from "../../../comparison/display-text.ts";

export type ColumnBlock =
  | {
      readonly kind: "paragraph";
      readonly key: string;
      readonly start: number;
      /** Shared role of the paragraph's sentences (captions and bylines are set apart). */
      readonly role: SentenceRole | undefined;
      readonly sentences: readonly Sentence[];
    }
  | {
      readonly kind: "removed";
      readonly key: string;
      readonly start: number;
      /** Consecutive removed spans, shown together. */
      readonly spans: readonly RemovedSpan[];
    };

export interface ColumnModel {
  /** Sentences the engine marked as the headline, if any; otherwise `title` alone. */
  readonly headlineSentences: readonly Sentence[];
  readonly title: string | undefined;
  /** Body paragraphs and removed chrome, in the order of the original text. */
  readonly blocks: readonly ColumnBlock[];
}

/** Lays out one source: the headline, then paragraphs and removed spans by offset. */
export function buildColumn(source: Source): ColumnModel {
  const headlineSentences = source.sentences.filter((s) => s.role === "headline");
  const body = source.sentences.filter((s) => s.role !== "headline");

  const blocks: ColumnBlock[] = [];
  let current: Sentence[] = [];
  const flush = (): void => {
    const first = current[0];
    if (!first) return;
    const roles = new Set(current.map((s) => s.role ?? "body"));
    const role = roles.size === 1 ? first.role : undefined;
    blocks.push({
      kind: "paragraph",
      key: `p-${first.id}`,
      start: first.start,
      role,
      sentences: current,
    });
    current = [];
  };
  for (const sentence of body) {
    const previous = current.at(-1);
    if (previous && (previous.paragraph !== sentence.paragraph || previous.role !== sentence.role))
      flush();
    current.push(sentence);
  }
  flush();

  const removed = source.removed
    .filter(
      (r) => r.end > r.start && !source.sentences.some((s) => s.start <= r.start && s.end >= r.end),
    )
    .toSorted((a, b) => a.start - b.start);
  for (const span of removed) {
    blocks.push({ kind: "removed", key: `r-${span.start}`, start: span.start, spans: [span] });
  }
  blocks.sort((a, b) => a.start - b.start);

  // Merge removed spans that follow each other with no paragraph in between.
  const merged: ColumnBlock[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (block.kind === "removed" && last?.kind === "removed") {
      merged[merged.length - 1] = { ...last, spans: [...last.spans, ...block.spans] };
    } else {
      merged.push(block);
    }
  }

  return { headlineSentences, title: source.title, blocks: merged };
}

/** The text between two sentences of one paragraph, as printed; a line break becomes a space. */
export function gapText(source: Source, previous: Sentence, next: Sentence): string {
  const gap = displaySlice(source, previous.end, next.start);
  return /\n/.test(gap) || gap.length > 40 ? " " : gap;
}
