/**
 * FNV-1a (Fowler–Noll–Vo) hashing of char codes, for the engine's own hash tables (tokens.ts
 * finds a written form by its hash without slicing it out) and for blocking keys as integers.
 * Candidate searches for name variants (variants/block-index.ts) file each word under keys that
 * any related word must share with it; a key is a kind and a string, hashed over the kind and
 * the string's UTF-16 units straight from the text: a word's dozen one-letter deletions are never
 * built as strings. Two keys may share a hash; that only adds a candidate,
 * which the exact test after the search rejects, so a search gives what the keys themselves give.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash of a kind alone, to go on with {@link fnv}. */
export const fnvStart = (kind: number): number => fnv(FNV_OFFSET, kind);

/** One more unit into the hash `h`. */
export const fnv = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME);

/** Kept to 30 bits, so keys stay small integers (V8 Smis) in the maps that file them. */
export const fnvFinish = (h: number): number => h & 0x3fffffff;

/** Hash of a key: its kind, then the units of `s`, leaving out index `skip` (a deletion key) and, if asked, periods. */
export function hashKey(kind: number, s: string, skip = -1, dropDots = false): number {
  let h = fnvStart(kind);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i !== skip && !(dropDots && c === 46)) h = fnv(h, c);
  }
  return fnvFinish(h);
}

/** Powers of the polynomial base, and the prefix and suffix sums of one word (scratch). */
let powers = new Int32Array(64);
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
const BASE = 0x01000193;

/**
 * Hashes of `w` and of each string made by deleting one of its units, all under `kind`, pushed
 * to `out` (the word first, then deletions in order). A deletion key depends only on the string
 * it leaves ("abc" from "abxc" hashes as "abc" itself). Hashing each deletion afresh costs the
 * square of the word's length; here a polynomial hash (sum of units times powers of a base,
 * modulo 2^32) gives each one from a prefix and a suffix sum.
 */
export function pushDeletionHashes(kind: number, w: string, out: { push(x: number): void }): void {
  const n = w.length;
  if (powers.length <= n) {
    powers = new Int32Array(2 * n + 2);
    prefix = new Int32Array(2 * n + 2);
    suffix = new Int32Array(2 * n + 2);
  }
  powers[0] = 1;
  for (let j = 1; j <= n; j++) powers[j] = Math.imul(powers[j - 1] ?? 0, BASE);
  prefix[0] = 0;
  for (let k = 0; k < n; k++)
    prefix[k + 1] = (Math.imul(prefix[k] ?? 0, BASE) + w.charCodeAt(k)) | 0;
  suffix[n] = 0;
  for (let k = n - 1; k >= 0; k--) {
    suffix[k] = (Math.imul(w.charCodeAt(k), powers[n - 1 - k] ?? 0) + (suffix[k + 1] ?? 0)) | 0;
  }
  const seal = (length: number, sum: number) => fnvFinish(fnv(fnv(fnvStart(kind), length), sum));
  out.push(seal(n, prefix[n] ?? 0));
  for (let k = 0; k < n; k++) {
    const sum = (Math.imul(prefix[k] ?? 0, powers[n - 1 - k] ?? 0) + (suffix[k + 1] ?? 0)) | 0;
    out.push(seal(n - 1, sum));
  }
}
