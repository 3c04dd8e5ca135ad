import { readFileSync } from "node:fs";
import { readWordVectors, type WordVectors } from "../analysis/align/vectors.ts";

/** The shipped word vectors' file (scripts/build-vectors.ts writes it). */
export const VECTORS_FILE = new URL("../analysis/align/data/vectors.bin", import.meta.url);

let loaded: WordVectors | undefined | null = null;

/**
 * The shipped word vectors, read once on first use; undefined when the file is missing or
 * unreadable, and the engine then aligns by words alone.
 */
export function loadVectors(): WordVectors | undefined {
  if (loaded === null) {
    try {
      loaded = readWordVectors(readFileSync(VECTORS_FILE));
    } catch {
      loaded = undefined;
    }
  }
  return loaded;
}
