import { fnv, fnvStart } from "./key-hash.ts";
import type { WordForm } from "./tokens.ts";

/**
 * The forms met so far, found by a token's char codes without slicing it out of the text: a hash
 * table in front of tokens.ts's `forms`, holding the same WordForm objects (and emptied with it).
 * Looking up a fresh substring in the Map cost as much as scanning the text.
 */
export class SeenForms {
  private slots = emptySlots(4096);
  private hashes = new Int32Array(4096);
  private count = 0;

  /** The form written as `text.slice(i, j)`, hashing to `h`, if met before. */
  find(text: string, i: number, j: number, h: number): WordForm | undefined {
    const mask = this.hashes.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const f = this.slots[at];
      if (
        f === undefined ||
        (this.hashes[at] === h && f.raw.length === j - i && text.startsWith(f.raw, i))
      )
        return f;
    }
  }

  add(f: WordForm, h: number): void {
    if (2 * ++this.count > this.hashes.length) this.grow();
    this.put(f, h);
  }

  clear(): void {
    this.slots.fill(undefined);
    this.count = 0;
  }

  private put(f: WordForm, h: number): void {
    const mask = this.hashes.length - 1;
    let at = h & mask;
    while (this.slots[at] !== undefined) at = (at + 1) & mask;
    this.slots[at] = f;
    this.hashes[at] = h;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = emptySlots(2 * hashes.length);
    this.hashes = new Int32Array(2 * hashes.length);
    for (let at = 0; at < hashes.length; at++) {
      const f = slots[at];
      if (f !== undefined) this.put(f, hashes[at] ?? 0);
    }
  }
}

/** An array of `n` empty slots, built by pushing so that V8 keeps it packed even when large. */
function emptySlots(n: number): (WordForm | undefined)[] {
  const slots: (WordForm | undefined)[] = [];
  for (let k = 0; k < n; k++) slots.push(undefined);
  return slots;
}

/** A hash of `text.slice(i, j)`'s code units, for `seen`. */
export function hashOf(text: string, i: number, j: number): number {
  let h = fnvStart(0);
  for (let p = i; p < j; p++) h = fnv(h, text.charCodeAt(p));
  return h ^ (h >>> 15);
}
