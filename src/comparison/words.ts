import type { Span } from "../analysis/types.ts";
import { WORD_PATTERN } from "./engine-text.ts";

/** The hyphens the engine's tokenizer reads as joining a compound (its `hyphenNext`). */
const HYPHENS = new Set(["-", "\u2010", "\u2011"]);

/**
 * The words of `text` as the engine tokenises them (its `WORD_PATTERN`: inner apostrophes,
 * dotted acronyms, numbers with separators), with one difference the engine also makes: a
 * hyphenated compound ("war-mongering"), which it reads as parts joined by `hyphenNext`, is one
 * word here, because a reader picks, counts and selects the compound whole, as framing reads it.
 */
export function wordSpans(text: string): Span[] {
  const words: Span[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = words.at(-1);
    if (last && last.end + 1 === start && HYPHENS.has(text.charAt(last.end))) {
      words[words.length - 1] = { start: last.start, end };
    } else {
      words.push({ start, end });
    }
  }
  return words;
}
