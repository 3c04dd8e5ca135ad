import { isAcronymOf, relateForms, type NameRelation } from "../text/names.ts";
import { withoutPossessive, type Form } from "./forms.ts";
import { matchNames, type NameWords } from "./name-match.ts";

/*
 * How two written forms relate as strings (names.ts), with what a form knows of its parts: an
 * acronym and its expansion, names differing in one word, transliterated names of several words.
 */

/** Shortest particle-free skeleton for which one edit still means the same transliterated name. */
export const MIN_FUZZY_SKELETON = 8;

/** How two written forms relate as strings: null when they are not one name written two ways. */
export function relation(a: Form, b: Form): NameRelation {
  // A curly or a straight apostrophe is the outlet's typography, not a way of writing the name
  // (O’Neill / O'Neill), and "I’m" / "I'm" are no name at all.
  if (a.text !== b.text && straightened(a.text) === straightened(b.text)) return null;
  if (!a.compound && !b.compound) return relateForms(a.text, b.text);
  if (a.words === 1 && a.acronym) return isAcronymOf(a.text, b.parts) ? "abbreviation" : null;
  if (b.words === 1 && b.acronym) return isAcronymOf(b.text, a.parts) ? "abbreviation" : null;
  if (a.key === b.key) return a.lower === b.lower ? "case" : "spelling";
  if (a.person && b.person && a.person.words.length >= 2 && b.person.words.length >= 2)
    return relatePersons(a.person, b.person, a.key, b.key);
  // The same words, a title or initial on one side only (Carla M. Brandt / Carla Brandt):
  // one person, no spelling variant.
  if (a.person && b.person && a.person.extras !== b.person.extras && sameWords(a.person, b.person))
    return null;
  if (a.words > 1 && a.words === b.words) return relateWordByWord(a.parts, b.parts);
  if (a.words === 1 || b.words === 1) return null;
  const sa = a.nameSkeleton;
  const sb = b.nameSkeleton;
  return Math.min(sa.length, sb.length) >= MIN_FUZZY_SKELETON && editDistanceAtMostOne(sa, sb)
    ? "transliteration"
    : null;
}

/**
 * Two names of at least two words each: a variant only when they can be one person (name-match.ts)
 * and are written differently in a word, or only in their particles and hyphens (Habib ur-Rahman /
 * Habib al-Rahman). A title, honorific or middle name on one side only is no spelling variant.
 */
function relatePersons(a: NameWords, b: NameWords, keyA: string, keyB: string): NameRelation {
  const m = matchNames(a, b);
  if (!m.same) return null;
  if (m.relation !== null) return m.relation;
  if (!m.alike || a.extras > 0 || b.extras > 0) return null;
  return keyA === keyB ? "spelling" : "transliteration";
}

/**
 * Names of the same length differing in one word: that word's relation decides (Amina Okafor /
 * Amina Okaafor is a transliteration; Kenya's Foreign Ministry / Kenyan Foreign Ministry is a
 * derivation, so no variant).
 */
function relateWordByWord(wa: readonly string[], wb: readonly string[]): NameRelation {
  let diff = -1;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (diff >= 0) return null;
    diff = i;
  }
  if (diff < 0) return null;
  return relateForms(withoutPossessive(wa[diff] ?? ""), withoutPossessive(wb[diff] ?? ""));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameWords(a: NameWords, b: NameWords): boolean {
  return a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
}

/** `s` with typographic apostrophes (’ ‘ ʼ) written as the straight one. */
function straightened(s: string): string {
  return s.replace(/[’‘ʼ]/g, "'");
}
