/**
 * A growable list of integers in a typed array, for the scratch and bulk lists of this stage.
 * Clearing keeps the storage (setting an array's length to 0 frees it), and typed storage lives
 * outside the young generation: blocking files a dozen keys per name, and as plain arrays they
 * were most of this stage's garbage.
 */
export class IntList {
  items = new Int32Array(16);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(x: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = x;
  }

  get(i: number): number {
    return this.items[i] ?? 0;
  }

  /** Sorts ascending; short lists (the usual case) by insertion. */
  sort(): void {
    if (this.size > 32) {
      this.items.subarray(0, this.size).sort();
      return;
    }
    const items = this.items;
    for (let i = 1; i < this.size; i++) {
      const x = items[i] ?? 0;
      let j = i - 1;
      for (; j >= 0 && (items[j] ?? 0) > x; j--) items[j + 1] = items[j] ?? 0;
      items[j + 1] = x;
    }
  }
}
