import type { Span } from "../../../analysis/types.ts";
import { wordSpans } from "../../../comparison/words.ts";

const EDGE_TRIM = /[\s,;:]/u;
/**
 * How far around a selection's edge to look for the word it cuts. Words are read in a window,
 * not over the whole source, because a selection changes at every step of a drag.
 */
const WINDOW_CHARS = 128;

/** The word (by the engine's definition, compounds whole) that `at` falls strictly inside. */
function wordAround(text: string, at: number): Span | undefined {
  const from = Math.max(0, at - WINDOW_CHARS);
  const window = text.slice(from, at + WINDOW_CHARS);
  const word = wordSpans(window).find((w) => from + w.start < at && at < from + w.end);
  return word && { start: from + word.start, end: from + word.end };
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
  start = wordAround(text, start)?.start ?? start;
  end = wordAround(text, end)?.end ?? end;
  // Every word starts with a letter or a digit: without one, no word was selected.
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}
