import type { Sentence, Source } from "../../../analysis/types.ts";
import { displayMap, type DisplayMap } from "../model/display-map.ts";

/*
 * Where a sentence's printed characters are in the DOM. The reader prints a sentence inside
 * `[data-sentence-id]`, with chips, glyphs and screen-reader text around the words; those are
 * skipped, and the rest must read exactly as the sentence's printed slice (checked: when it does
 * not, offsets inside it cannot be trusted and callers fall back to the whole sentence).
 */

/** Elements inside a sentence that are not its words. */
const NOT_WORDS = 'button, [hidden], [aria-hidden="true"], .sr-only, .glyph';

export interface TextRun {
  readonly node: Text;
  /** Printed index, within the sentence, of the node's first character. */
  readonly at: number;
}

export interface SentenceText {
  readonly element: HTMLElement;
  readonly sentence: Sentence;
  /** The sentence's text nodes, in order, with where each starts in the printed sentence. */
  readonly runs: readonly TextRun[];
  readonly map: DisplayMap;
}

function isWords(root: HTMLElement, node: Node): boolean {
  const excluded = node.parentElement?.closest(NOT_WORDS);
  return !excluded || !root.contains(excluded);
}

export function sentenceElement(root: ParentNode, sentenceId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(sentenceId)}"]`);
}

/** The sentence's words in the DOM, or undefined when they do not read as its printed slice. */
export function readSentence(
  element: HTMLElement,
  source: Source,
  sentence: Sentence,
): SentenceText | undefined {
  const map = displayMap(source, sentence);
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const runs: TextRun[] = [];
  let printed = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || !isWords(element, node)) continue;
    runs.push({ node, at: printed.length });
    printed += node.data;
  }
  return printed === map.text ? { element, sentence, runs, map } : undefined;
}

/** The printed position in the sentence of a DOM point inside (or at the edge of) it. */
export function printedIndex(text: SentenceText, node: Node, offset: number): number {
  if (node instanceof Text) {
    const run = text.runs.find((r) => r.node === node);
    if (run) return run.at + offset;
  }
  // A point between elements, or in a chip: the first run that starts at or after it.
  const range = node.ownerDocument?.createRange();
  if (!range) return 0;
  range.setStart(node, offset);
  for (const run of text.runs) {
    if (range.comparePoint(run.node, 0) >= 0) return run.at;
  }
  return text.map.text.length;
}
