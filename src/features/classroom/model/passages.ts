import type { Sentence, Span } from "../../../analysis/types.ts";
import { sliceText, type ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { excerpt, tidy } from "../../../comparison/wording.ts";
import { wordSpans } from "../../../comparison/words.ts";
import type { Passage } from "./types.ts";

/** A passage covering `span` of `source`. */
export function passageOf(source: string, span: Span): Passage {
  return { source, start: span.start, end: span.end };
}

/** Whether the passage lies inside its source's text, with at least one character in it. */
export function isPassageInBounds(index: ComparisonIndex, passage: Passage): boolean {
  const source = index.source(passage.source);
  return (
    source !== undefined &&
    Number.isInteger(passage.start) &&
    Number.isInteger(passage.end) &&
    passage.start >= 0 &&
    passage.end > passage.start &&
    passage.end <= source.text.length
  );
}

/** The passage's words as printed, whitespace collapsed. */
export function passageWords(index: ComparisonIndex, passage: Passage): string {
  return tidy(sliceText(index.source(passage.source), passage));
}

/** The passage's words, shortened at a word boundary for a question or a list. */
export function passageExcerpt(index: ComparisonIndex, passage: Passage, maxChars = 160): string {
  return excerpt(sliceText(index.source(passage.source), passage), maxChars);
}

/** The first sentence the passage touches: where "show me" scrolls to. */
export function passageSentence(index: ComparisonIndex, passage: Passage): Sentence | undefined {
  return index.sentencesOverlapping(passage.source, passage)[0];
}

/** How many words a passage holds, for comparing a tag with a mark. */
export function wordCount(text: string): number {
  return wordSpans(text).length;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Characters between two spans of one text; 0 when they touch or overlap. */
export function gapBetween(a: Span, b: Span): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
