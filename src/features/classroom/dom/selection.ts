import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { displaySpan, rawSpan } from "../model/display-map.ts";
import { snapToWords } from "../model/snap.ts";
import type { Passage } from "../model/types.ts";
import { printedIndex, readSentence, sentenceElement, type SentenceText } from "./sentence-text.ts";

/** What the student's selection in the reader can be tagged as. */
export type SelectionState =
  | { readonly kind: "passage"; readonly passage: Passage }
  | { readonly kind: "problem"; readonly message: string };

interface Point {
  readonly node: Node;
  readonly offset: number;
}

/** Where a point is relative to an element's contents: -1 before, 0 inside, 1 after. */
function relation(element: Element, point: Point): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return range.comparePoint(point.node, point.offset);
}

/**
 * The raw offset in its source of a selection's start or end. A point between sentences (a
 * gap, a paragraph break, a headline's margin) goes to the nearest sentence edge inward.
 */
function offsetOf(
  index: ComparisonIndex,
  column: HTMLElement,
  sourceId: string,
  point: Point,
  side: "start" | "end",
): number | undefined {
  const source = index.source(sourceId);
  if (!source) return undefined;
  const elements = [...column.querySelectorAll<HTMLElement>("[data-sentence-id]")];
  const ordered = side === "start" ? elements : elements.toReversed();
  for (const element of ordered) {
    const where = relation(element, point);
    const sentence = index.sentence(element.dataset["sentenceId"] ?? "")?.sentence;
    if (!sentence) continue;
    if (side === "start" ? where > 0 : where < 0) continue; // not reached yet
    if (where !== 0) return side === "start" ? sentence.start : sentence.end;
    const text = readSentence(element, source, sentence);
    if (!text) return side === "start" ? sentence.start : sentence.end;
    const at = printedIndex(text, point.node, point.offset);
    const span = rawSpan(text.map, at, at);
    return (
      sentence.start + (side === "end" && at > 0 ? rawSpan(text.map, at - 1, at).end : span.start)
    );
  }
  return undefined;
}

/**
 * The passage a DOM selection inside the reader covers, snapped to whole words; a problem to
 * show when it crosses reports; undefined when there is no selection in the reader.
 */
export function selectionPassage(
  root: HTMLElement,
  index: ComparisonIndex,
  selection: Selection | null,
): SelectionState | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) {
    const inside = root.contains(range.startContainer) || root.contains(range.endContainer);
    return inside
      ? { kind: "problem", message: "Select words inside one report at a time." }
      : undefined;
  }
  const element =
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement;
  const column = element?.closest<HTMLElement>("[data-column]");
  const sourceId = column?.dataset["column"];
  if (!column || !sourceId) {
    return { kind: "problem", message: "Select words inside one report at a time." };
  }
  const start = offsetOf(
    index,
    column,
    sourceId,
    { node: range.startContainer, offset: range.startOffset },
    "start",
  );
  const end = offsetOf(
    index,
    column,
    sourceId,
    { node: range.endContainer, offset: range.endOffset },
    "end",
  );
  const text = index.source(sourceId)?.text ?? "";
  const snapped =
    start !== undefined && end !== undefined && end > start
      ? snapToWords(text, { start, end })
      : undefined;
  if (!snapped) return undefined;
  return { kind: "passage", passage: { source: sourceId, ...snapped } };
}

/** The source offset under a DOM point (a click), or undefined outside the sentences. */
export function offsetAtPoint(
  root: HTMLElement,
  index: ComparisonIndex,
  node: Node,
  offset: number,
): { readonly source: string; readonly offset: number } | undefined {
  const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(
    "[data-sentence-id]",
  );
  if (!element || !root.contains(element)) return undefined;
  const located = index.sentence(element.dataset["sentenceId"] ?? "");
  if (!located) return undefined;
  const text = readSentence(element, located.source, located.sentence);
  if (!text) return undefined;
  const at = printedIndex(text, node, offset);
  return {
    source: located.source.id,
    offset: located.sentence.start + rawSpan(text.map, at, at).start,
  };
}

/** DOM ranges that show `passage`, one per sentence it touches (gaps between them left out). */
export function passageRanges(root: ParentNode, index: ComparisonIndex, passage: Passage): Range[] {
  const source = index.source(passage.source);
  if (!source) return [];
  const ranges: Range[] = [];
  for (const sentence of index.sentencesOverlapping(passage.source, passage)) {
    const element = sentenceElement(root, sentence.id);
    const text: SentenceText | undefined = element
      ? readSentence(element, source, sentence)
      : undefined;
    if (!text) continue;
    const local = {
      start: Math.max(passage.start, sentence.start) - sentence.start,
      end: Math.min(passage.end, sentence.end) - sentence.start,
    };
    const { from, to } = displaySpan(text.map, local);
    const range = pointRange(text, from, to);
    if (range) ranges.push(range);
  }
  return ranges;
}

function pointRange(text: SentenceText, from: number, to: number): Range | undefined {
  if (to <= from) return undefined;
  const locate = (at: number, end: boolean) => {
    // An end at a run's start belongs to the previous run, so the range does not spill over.
    const run = text.runs.findLast((r) => (end ? r.at < at : r.at <= at));
    return run ? { node: run.node, offset: Math.min(at - run.at, run.node.length) } : undefined;
  };
  const start = locate(from, false);
  const end = locate(to, true);
  if (!start || !end) return undefined;
  const range = text.element.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
