/**
 * Blocking keys as integers. Candidate searches (name variants in similarity.ts and
 * variants/blocking.ts) file each word under keys that any related word must share with it; a
 * key is a kind and a string, hashed with FNV-1a (Fowler–Noll–Vo) over the kind and the string's
 * UTF-16 units, straight from the text: a word's dozen one-letter deletions are never built as
 * strings. Two keys may share a hash; that only adds a candidate, which the exact test after the
 * search rejects, so a search gives what the keys themselves give.
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
