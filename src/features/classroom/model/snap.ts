import type { Span } from "../../../analysis/types.ts";

const LETTER = /[\p{L}\p{N}\p{M}]/u;
/** Inside a word only: won't, war-mongering, Kanaani’s. */
const JOINER = /['’\-‐]/u;
const EDGE_TRIM = /[\s,;:]/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

/** Whether index `i` of `text` continues a word that goes on to its left. */
function inWordLeft(text: string, i: number): boolean {
  const c = text[i - 1];
  return isLetter(c) || (c !== undefined && JOINER.test(c) && isLetter(text[i - 2]));
}

function inWordRight(text: string, i: number): boolean {
  const c = text[i];
  return isLetter(c) || (c !== undefined && JOINER.test(c) && isLetter(text[i + 1]));
}

/**
 * A selection as a tag keeps it: grown to whole words at both ends (a drag that starts inside
 * "admitted" takes the word), then trimmed of spaces and clause punctuation at its edges.
 * Undefined when nothing but spaces and punctuation was selected.
 */
export function snapToWords(text: string, span: Span): Span | undefined {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start < end && EDGE_TRIM.test(text[start] ?? "")) start++;
  while (end > start && EDGE_TRIM.test(text[end - 1] ?? "")) end--;
  if (end === start) return undefined;
  if (isLetter(text[start])) while (start > 0 && inWordLeft(text, start)) start--;
  if (isLetter(text[end - 1])) while (end < text.length && inWordRight(text, end)) end++;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}
