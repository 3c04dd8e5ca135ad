import { fnv, fnvFinish, fnvStart, hashKey, pushDeletionHashes } from "../text/key-hash.ts";
import { collapseDoubles, skeleton } from "../text/names.ts";
import type { Form } from "./forms.ts";
import { BlockIndex, KEY } from "./block-index.ts";
import { IntList } from "./int-list.ts";
import { readingSkeletons } from "./name-match.ts";
import { MIN_FUZZY_SKELETON } from "./relation.ts";

/*
 * The variants stage's blocking keys (block-index.ts). Every way `relation` can answer non-null
 * has a key (tests check that the result equals comparing all pairs):
 *  - the folded key (case, spelling, dotted acronyms);
 *  - the letters in order of code point (two swapped letters);
 *  - the word without doubled letters; the transliteration skeleton;
 *  - the word with each one letter deleted, and the word itself (any one-letter edit: the
 *    "symmetric delete" of Garbe's SymSpell);
 *  - an acronym's letters, and a phrase's capital initials;
 *  - a name of several words with one of its first two words, under its word count (two names
 *    of equal length differing in one word agree on word 0 or word 1; a name whose split shows
 *    fewer than two words is compared with every name of its length);
 *  - the particle-free skeleton of a longer name and its one-letter deletions;
 *  - the skeleton of each word of a personal name (also as read in East Slavic
 *    spelling and, for one syllable, in Korean and Chinese systems), and
 *    the word with each one letter deleted (two names of one person match some word to one of
 *    the same skeleton or one slip apart: name-match.ts requires it), and the skeleton of each
 *    two neighbouring words written as one (a compound written apart on one side).
 */
const {
  INITIALS,
  FOLDED,
  SORTED,
  UNDOUBLED,
  SKELETON,
  DELETION,
  NAME_WORD,
  NAME_LENGTH,
  NAME_DELETION,
  NAME_PART,
  NAME_PART_DELETION,
} = KEY;

const withoutDots = (s: string) => (s.includes(".") ? s.replace(/\./g, "") : s);

/** Scratch for sorting a word's letters, reused (blocking is synchronous). */
const letterCodes = new IntList();

/** Hash of `Array.from(d).sort().join("")`: without surrogates, code units sort like the one-letter strings. */
function hashSortedLetters(d: string): number {
  letterCodes.clear();
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return hashKey(SORTED, Array.from(d).sort().join(""));
    letterCodes.push(c);
  }
  letterCodes.sort();
  let h = fnvStart(SORTED);
  for (let i = 0; i < letterCodes.size; i++) h = fnv(h, letterCodes.get(i));
  return fnvFinish(h);
}

/** Appends the hashes of `f`'s blocking keys to `out`; the name-length key only if `withLength`. */
function blockKeys(f: Form, withLength: boolean, out: IntList): void {
  if (f.acronym && f.words === 1) out.push(hashKey(INITIALS, f.text, -1, true));
  if (f.initials !== undefined) out.push(hashKey(INITIALS, f.initials));
  out.push(hashKey(FOLDED, f.key));
  if (!f.compound) {
    const d = withoutDots(f.lower);
    out.push(hashKey(FOLDED, d));
    out.push(hashSortedLetters(d));
    out.push(hashKey(UNDOUBLED, collapseDoubles(d)));
    out.push(hashKey(SKELETON, skeleton(d)));
    pushDeletions(d, DELETION, out);
  } else if (f.words > 1) {
    for (let i = 0; i < 2 && i < f.parts.length; i++) {
      // `${words}:${i}:${part}`
      let h = fnv(fnv(fnvStart(NAME_WORD), f.words), i);
      const part = f.parts[i] ?? "";
      for (let k = 0; k < part.length; k++) h = fnv(h, part.charCodeAt(k));
      out.push(fnvFinish(h));
    }
    if (withLength) out.push(fnvFinish(fnv(fnvStart(NAME_LENGTH), f.words)));
    if (f.nameSkeleton.length >= MIN_FUZZY_SKELETON - 1)
      pushDeletions(f.nameSkeleton, NAME_DELETION, out);
  }
  if (f.person && f.person.words.length >= 2) {
    const ws = f.person.words;
    for (const w of ws) {
      const k = skeleton(w);
      out.push(hashKey(NAME_PART, k));
      for (const r of readingSkeletons(w)) if (r !== k) out.push(hashKey(NAME_PART, r));
      pushDeletions(w, NAME_PART_DELETION, out);
    }
    // Two words written as one on the other side (Amin Reza / Aminreza).
    for (let i = 0; i + 1 < ws.length; i++)
      out.push(hashKey(NAME_PART, skeleton((ws[i] ?? "") + (ws[i + 1] ?? ""))));
  }
}

/** The word and each string made by deleting one of its letters. */
function pushDeletions(w: string, kind: number, out: IntList): void {
  pushDeletionHashes(kind, w, out);
}

/** The forms of one source, filed under their blocking keys. */
export class FormIndex {
  private readonly index: BlockIndex;
  private readonly keys = new IntList();

  constructor(forms: readonly Form[]) {
    this.index = new BlockIndex(forms.length, (i, out) => {
      blockKeys(forms[i]!, true, out);
    });
  }

  /**
   * Positions of the indexed forms that share a key with `a`, ascending. The list is reused:
   * it holds until the next call.
   */
  candidatesFor(a: Form): IntList {
    this.keys.clear();
    // Only the other form's length entry is for `a`: a name of several tokens that splits into
    // fewer than two words (so no word 1 to agree on) meets every name of its length.
    blockKeys(a, a.words > 1 && a.parts.length < 2, this.keys);
    return this.index.itemsUnder(this.keys);
  }
}
