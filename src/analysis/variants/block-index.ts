import { IntList } from "./int-list.ts";

/*
 * Blocking, shared by every search for name variants (the vocabulary's, which folds variant
 * spellings into one key before alignment, and the variants stage's): instead of comparing every
 * name with every other, each is filed under keys that any related name must share with it, and
 * only names sharing a key are compared. Keys are hashed (text/key-hash.ts) over a kind and a
 * string; two keys may share a hash, which only adds a candidate the exact test after the search
 * rejects.
 */

/** The kinds of blocking key, one numbering for every search, so no two kinds share a hash. */
export const KEY = {
  /** An acronym's letters, or a phrase's capital initials. */
  INITIALS: 1,
  /** Case, dots and spelling folded. */
  FOLDED: 2,
  /** The letters in code-point order (two letters swapped). */
  SORTED: 3,
  /** Doubled letters single (transliteration). */
  UNDOUBLED: 4,
  /** The transliteration skeleton (text/names.ts). */
  SKELETON: 5,
  /** The word and its one-letter deletions (any one-letter edit). */
  DELETION: 6,
  /** One of a long name's first two words, with its word count. */
  NAME_WORD: 7,
  /** A name's word count. */
  NAME_LENGTH: 8,
  /** A long name's particle-free skeleton and its one-letter deletions. */
  NAME_DELETION: 9,
  /** The skeleton of one word of a personal name (variants/name-match.ts anchors on one). */
  NAME_PART: 10,
  /** One word of a personal name and its one-letter deletions (a slip in that word). */
  NAME_PART_DELETION: 11,
} as const;

/**
 * Items filed under their keys' hashes. An open-addressing table maps a hash to the last entry
 * filed under it; each entry holds its item and the entry filed before it under the same hash,
 * so one hash's items are a chain through two flat lists.
 */
export class BlockIndex {
  private readonly slotHash: Int32Array;
  private readonly slotLast: Int32Array;
  private readonly entryItem: Int32Array;
  private readonly entryBefore: Int32Array;
  private readonly mask: number;
  /** Per item, the last query that reached it: candidates are collected without a Set. */
  private readonly seen: Int32Array;
  private query = 0;
  private readonly found = new IntList();

  /** Files items 0..count-1, each under the hashes `keysOf` appends to its list. */
  constructor(count: number, keysOf: (item: number, out: IntList) => void) {
    const keys = new IntList();
    const owner = new IntList();
    for (let i = 0; i < count; i++) {
      keysOf(i, keys);
      while (owner.size < keys.size) owner.push(i);
    }
    const n = keys.size;
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    this.mask = capacity - 1;
    this.slotHash = new Int32Array(capacity).fill(-1);
    this.slotLast = new Int32Array(capacity);
    this.entryItem = owner.items.slice(0, n);
    this.entryBefore = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      const h = keys.get(e);
      const slot = this.slotOf(h);
      this.entryBefore[e] = this.slotHash[slot] === h ? (this.slotLast[slot] ?? -1) : -1;
      this.slotHash[slot] = h;
      this.slotLast[slot] = e;
    }
    this.seen = new Int32Array(count);
  }

  /** The slot holding `h`, or the empty one where it would go (linear probing; hashes are >= 0). */
  private slotOf(h: number): number {
    let slot = h & this.mask;
    for (let at = this.slotHash[slot] ?? -1; at !== h && at !== -1; at = this.slotHash[slot] ?? -1)
      slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * The items filed under any of `keys`, ascending. The list is reused: it holds until the next
   * call.
   */
  itemsUnder(keys: IntList): IntList {
    const query = ++this.query;
    this.found.clear();
    for (let k = 0; k < keys.size; k++) {
      const h = keys.get(k);
      const slot = this.slotOf(h);
      if (this.slotHash[slot] !== h) continue;
      for (let e = this.slotLast[slot] ?? -1; e >= 0; e = this.entryBefore[e] ?? -1) {
        const i = this.entryItem[e] ?? 0;
        if (this.seen[i] === query) continue;
        this.seen[i] = query;
        this.found.push(i);
      }
    }
    this.found.sort();
    return this.found;
  }
}
