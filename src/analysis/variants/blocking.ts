import { fnv, fnvFinish, fnvStart, hashKey, pushDeletionHashes } from "../text/key-hash.ts";
import { collapseDoubles, skeleton } from "../text/names.ts";
import type { Form } from "./forms.ts";
import { IntList } from "./int-list.ts";
import { MIN_FUZZY_SKELETON } from "./relation.ts";

/*
 * Blocking. Comparing every form of one source with every form of another grows with the square
 * of the number of names; instead each form is filed under keys that any related form must share
 * with it, and only forms sharing a key are compared. Every way `relation` can answer non-null
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
 *  - the particle-free skeleton of a longer name and its one-letter deletions.
 *
 * Keys are filed by their hash (key-hash.ts): two keys may share one, which only adds a
 * candidate that `relation` rejects.
 */
const INITIALS = 1;
const FOLDED = 2;
const SORTED = 3;
const UNDOUBLED = 4;
const SKELETON = 5;
const DELETION = 6;
const NAME_WORD = 7;
const NAME_LENGTH = 8;
const NAME_DELETION = 9;

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
}

/** The word and each string made by deleting one of its letters. */
function pushDeletions(w: string, kind: number, out: IntList): void {
  pushDeletionHashes(kind, w, out);
}

/**
 * The forms of one source filed under their keys' hashes. An open-addressing table maps a hash
 * to the last entry filed under it; each entry holds its form and the entry filed before it
 * under the same hash, so one hash's forms are a chain through two flat lists.
 */
export class BlockIndex {
  private readonly slotHash: Int32Array;
  private readonly slotLast: Int32Array;
  private readonly entryForm: Int32Array;
  private readonly entryBefore: Int32Array;
  private readonly mask: number;
  /** Per form, the last query that reached it: candidates are collected without a Set. */
  private readonly seen: Int32Array;
  private query = 0;
  private readonly keys = new IntList();
  private readonly found = new IntList();

  constructor(forms: readonly Form[]) {
    const owner = new IntList();
    forms.forEach((f, i) => {
      blockKeys(f, true, this.keys);
      while (owner.size < this.keys.size) owner.push(i);
    });
    const n = this.keys.size;
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    this.mask = capacity - 1;
    this.slotHash = new Int32Array(capacity).fill(-1);
    this.slotLast = new Int32Array(capacity);
    this.entryForm = owner.items.slice(0, n);
    this.entryBefore = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      const h = this.keys.get(e);
      const slot = this.slotOf(h);
      this.entryBefore[e] = this.slotHash[slot] === h ? (this.slotLast[slot] ?? -1) : -1;
      this.slotHash[slot] = h;
      this.slotLast[slot] = e;
    }
    this.seen = new Int32Array(forms.length);
  }

  /** The slot holding `h`, or the empty one where it would go (linear probing; hashes are >= 0). */
  private slotOf(h: number): number {
    let slot = h & this.mask;
    for (let at = this.slotHash[slot] ?? -1; at !== h && at !== -1; at = this.slotHash[slot] ?? -1)
      slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * Positions of the indexed forms that share a key with `a`, ascending. The list is reused:
   * it holds until the next call.
   */
  candidatesFor(a: Form): IntList {
    const query = ++this.query;
    this.found.clear();
    this.keys.clear();
    // Only the other form's length entry is for `a`: a name of several tokens that splits into
    // fewer than two words (so no word 1 to agree on) meets every name of its length.
    blockKeys(a, a.words > 1 && a.parts.length < 2, this.keys);
    for (let k = 0; k < this.keys.size; k++) {
      const h = this.keys.get(k);
      const slot = this.slotOf(h);
      if (this.slotHash[slot] !== h) continue;
      for (let e = this.slotLast[slot] ?? -1; e >= 0; e = this.entryBefore[e] ?? -1) {
        const i = this.entryForm[e] ?? 0;
        if (this.seen[i] === query) continue;
        this.seen[i] = query;
        this.found.push(i);
      }
    }
    this.found.sort();
    return this.found;
  }
}
