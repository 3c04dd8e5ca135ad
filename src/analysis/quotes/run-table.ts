/*
 * Runs of RUN consecutive words, hashed, and the table that files a source's sentences under the
 * hashes of their runs: how a quotation finds the sentences that share a run of its words.
 */

/** Length of a run of words that matches a quotation without other evidence. */
export const RUN = 4;

/** FNV-1a over the RUN word ids starting at `from`, as a signed 32-bit integer. */
export function runHash(ids: Int32Array, from: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + RUN; k++) h = Math.imul(h ^ (ids[k] ?? 0), 0x01000193);
  return h | 0;
}

/**
 * Run hash → sentence positions, by open addressing over typed arrays: most hashes fall outside
 * the small-integer range, and a Map keyed by them would box every key.
 */
export class RunTable {
  private readonly mask: number;
  private readonly slotHash: Int32Array;
  /** First and last entry of each slot's list, -1 for an empty slot. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  readonly entrySentence: Int32Array;
  readonly entryNext: Int32Array;
  private entries = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slotHash = new Int32Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.tail = new Int32Array(slots);
    this.entrySentence = new Int32Array(Math.max(1, capacity));
    this.entryNext = new Int32Array(Math.max(1, capacity));
  }

  private slot(h: number): number {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.head[i] !== -1 && this.slotHash[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  /** Adds sentence `at` to the list of `h` (sentences come in order; each is listed once). */
  add(h: number, at: number): void {
    const i = this.slot(h);
    const last = this.tail[i] ?? 0;
    if (this.head[i] !== -1 && this.entrySentence[last] === at) return;
    const e = this.entries++;
    this.entrySentence[e] = at;
    this.entryNext[e] = -1;
    if (this.head[i] === -1) {
      this.slotHash[i] = h;
      this.head[i] = e;
    } else this.entryNext[last] = e;
    this.tail[i] = e;
  }

  /** The first entry of `h`'s list, or -1; follow entryNext. */
  first(h: number): number {
    return this.head[this.slot(h)] ?? -1;
  }
}
