import { isSpace } from "../text/quote-marks.ts";

/*
 * The tests of a paragraph's end below read its last few characters. (As regular expressions
 * anchored only at the end, /…$/, they were tried at every position of every paragraph.)
 */

/**
 * Ends as a sentence does: a terminator then closing marks (/[.!?]["”’')\]]*$/), or a
 * terminator, spaces and a closing quote (/[.!?…]\s*["”’]$/).
 */
export function isTerminal(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && CLOSING.includes(s.charAt(k))) k--;
  if (k >= 0 && TERMINATORS.includes(s.charAt(k))) return true;
  k = s.length - 1;
  if (k < 0 || !CLOSING_QUOTES.includes(s.charAt(k))) return false;
  k--;
  while (k >= 0 && isSpace(s.charCodeAt(k))) k--;
  return k >= 0 && (TERMINATORS.includes(s.charAt(k)) || s.charAt(k) === "…");
}

/** /[.!?]["”’]?$/: a terminator, perhaps inside a closing quote. */
export function endsAsSentence(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (TERMINATORS.includes(s.charAt(n - 1))) return true;
  return (
    n >= 2 && CLOSING_QUOTES.includes(s.charAt(n - 1)) && TERMINATORS.includes(s.charAt(n - 2))
  );
}

/** /(?:\.\.\.|…)$/ */
export function endsWithEllipsis(s: string): boolean {
  return s.endsWith("...") || s.endsWith("…");
}

const TERMINATORS = ".!?";
const CLOSING_QUOTES = `"”’`;
const CLOSING = `"”’')]`;
