import { CHROME_PHRASES } from "../lexicons/page-chrome.ts";
import type { Span } from "../types.ts";

/** Words of a picture credit ("Photo: …", "Getty Images"). */
export const CREDIT_WORDS =
  /\b(?:via|photo|image|credit|courtesy|getty|reuters|afp|ap|epa|shutterstock|file|handout)\b/i;

/** Page-chrome wording outside the quotations (quoted text is blanked, offsets kept). */
export function hasChromeWording(s: string, quotes: readonly Span[]): boolean {
  let unquoted = s;
  for (const q of [...quotes].reverse())
    unquoted = unquoted.slice(0, q.start) + " ".repeat(q.end - q.start) + unquoted.slice(q.end);
  const lower = unquoted.toLowerCase();
  // At each word's start, only the phrases beginning with that word are tried. A phrase matches
  // on word boundaries, so the word it begins with is the whole word there.
  for (let k = 0; k < lower.length; k++) {
    if (!isWordChar(lower.charCodeAt(k))) continue;
    let e = k + 1;
    while (e < lower.length && isWordChar(lower.charCodeAt(e))) e++;
    for (const phrase of PHRASES_BY_FIRST_WORD.get(lower.slice(k, e)) ?? []) {
      if (lower.startsWith(phrase, k) && !isWordChar(lower.charCodeAt(k + phrase.length)))
        return true;
    }
    k = e;
  }
  return OTHER_PHRASES.some((phrase) => containsPhrase(lower, phrase));
}

/** Chrome phrases by their first word (the run of word characters they start with)… */
const PHRASES_BY_FIRST_WORD = new Map<string, string[]>();
/** …and any that start otherwise, searched for as they are. */
const OTHER_PHRASES: string[] = [];
for (const phrase of CHROME_PHRASES) {
  let e = 0;
  while (e < phrase.length && isWordChar(phrase.charCodeAt(e))) e++;
  if (e === 0) OTHER_PHRASES.push(phrase);
  else {
    const first = phrase.slice(0, e);
    PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
  }
}

function containsPhrase(haystack: string, phrase: string): boolean {
  let k = haystack.indexOf(phrase);
  while (k >= 0) {
    const before = haystack.charCodeAt(k - 1);
    const after = haystack.charCodeAt(k + phrase.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    k = haystack.indexOf(phrase, k + 1);
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}
