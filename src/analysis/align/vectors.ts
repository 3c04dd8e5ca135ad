import type { Token } from "../text/tokens.ts";

/*
 * Word vectors, an optional input of the engine: the shells (worker, CLI, tests) load the data
 * file scripts/build-vectors.ts writes and pass its bytes through readWordVectors. Without them
 * the alignment is lexical only.
 */

/** Pruned, int8-quantised word vectors (see scripts/build-vectors.ts for the file format). */
export interface WordVectors {
  /** Dimensions per word. */
  readonly dimensions: number;
  /** Row of each word, which is also its frequency rank (0 = most frequent). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Quantised components, row after row. */
  readonly data: Int8Array;
  /** Per dimension, the value one quantisation step stands for. */
  readonly scale: Float32Array;
}

const MAGIC = "PXV1";

/**
 * Parses the data file's bytes; undefined when they are not such a file (a truncated download,
 * another format), so a shell can go on without vectors.
 */
export function readWordVectors(bytes: Uint8Array): WordVectors | undefined {
  if (bytes.length < 16) return undefined;
  for (let k = 0; k < 4; k++) if (bytes[k] !== MAGIC.charCodeAt(k)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const words = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  const scaleAt = 12;
  const listAt = scaleAt + 4 * dimensions + 4;
  if (listAt > bytes.length) return undefined;
  const listBytes = view.getUint32(scaleAt + 4 * dimensions, true);
  const dataAt = listAt + Math.ceil(listBytes / 4) * 4;
  if (dataAt + words * dimensions !== bytes.length) return undefined;
  const scale = new Float32Array(dimensions);
  for (let d = 0; d < dimensions; d++) scale[d] = view.getFloat32(scaleAt + 4 * d, true);
  // The word list is ASCII (the build script keeps plain lowercase words only).
  const rowOf = new Map<string, number>();
  let from = listAt;
  const end = listAt + listBytes;
  for (let at = listAt; at <= end; at++) {
    if (at === end || bytes[at] === 10) {
      rowOf.set(String.fromCharCode(...bytes.subarray(from, at)), rowOf.size);
      from = at + 1;
    }
  }
  if (rowOf.size !== words) return undefined;
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + dataAt, words * dimensions);
  return { dimensions, rowOf, data, scale };
}

/**
 * SIF's smoothing constant a (Arora, Liang & Ma 2017, "A simple but tough-to-beat baseline for
 * sentence embeddings"): a word of probability p weighs a / (a + p). 1e-3 is their default.
 */
const SIF_A = 1e-3;
/**
 * A word's probability estimated from its frequency rank r (1-based) by Zipf's law, p ≈ Z / r;
 * for English Z is about 0.1 (Zipf 1949; Li 1992).
 */
const ZIPF = 0.1;

/**
 * A sentence's embedding: the SIF-weighted sum of its words' vectors, scaled to unit length;
 * undefined when none of its words has a vector. Only content words are given (the caller drops
 * stopwords), so the common component SIF subtracts is mostly gone already.
 */
export function sentenceVector(
  tokens: readonly Token[],
  vectors: WordVectors,
  isContent: (t: Token) => boolean,
): Float32Array | undefined {
  return vectorOfRows(
    tokens.map((t) => (isContent(t) ? rowOfWord(t.lower, vectors) : -1)),
    vectors,
  );
}

/**
 * {@link sentenceVector} from its words' rows ({@link rowOfWord}; -1 for a word left out), for a
 * caller that has looked them up already.
 */
export function vectorOfRows(
  rows: ArrayLike<number>,
  { dimensions, data, scale }: WordVectors,
): Float32Array | undefined {
  const sum = new Float32Array(dimensions);
  let found = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row < 0) continue;
    const weight = SIF_A / (SIF_A + ZIPF / (row + 1));
    const at = row * dimensions;
    for (let d = 0; d < dimensions; d++) sum[d]! += weight * data[at + d]!;
    found++;
  }
  if (found === 0) return undefined;
  // Each dimension's quantisation scale is one factor of the whole sum: applied once, not per word.
  for (let d = 0; d < dimensions; d++) sum[d]! *= scale[d]!;
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += sum[d]! * sum[d]!;
  if (norm === 0) return undefined;
  const inverse = 1 / Math.sqrt(norm);
  for (let d = 0; d < dimensions; d++) sum[d]! *= inverse;
  return sum;
}

/**
 * A word's row (its frequency rank), or -1 when it has no vector. Token.lower has its possessive
 * stripped and its apostrophes unified already: a second look-up (and a regular expression) per
 * unknown word is needed only for a doubled one.
 */
export function rowOfWord(lower: string, vectors: WordVectors): number {
  let row = vectors.rowOf.get(lower);
  if (row === undefined && lower.endsWith("'s")) row = vectors.rowOf.get(lower.slice(0, -2));
  return row ?? -1;
}

/**
 * How much a word tells, 0..1, from its frequency rank r (0-based) among the N words with
 * vectors: by Zipf's law (p ≈ Z / r) a word's self-information −log p grows as log r, here
 * log(r + 2) / log(N + 2); a word rarer than all of them (a name, a number) tells 1. In a
 * comparison of two single sentences the comparison's own document frequencies say nothing about
 * which words are rare; this says it from English at large.
 */
export function informationOf(lower: string, vectors: WordVectors): number {
  return informationOfRow(rowOfWord(lower, vectors), vectors);
}

/** {@link informationOf} from the word's row ({@link rowOfWord}), for a caller that has it. */
export function informationOfRow(row: number, vectors: WordVectors): number {
  const words = vectors.rowOf.size;
  return row < 0 ? 1 : Math.log(row + 2) / Math.log(words + 2);
}

/** Cosine of two unit vectors, 0 when either is missing. */
export function vectorCosine(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b) return 0;
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d]! * b[d]!;
  return dot;
}
