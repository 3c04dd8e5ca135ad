import { readFileSync } from "node:fs";
import { readWordVectors, type WordVectors } from "../analysis/align/vectors.ts";

/** The shipped word vectors' file (scripts/build-vectors.ts writes it). */
export const VECTORS_FILE = new URL("../analysis/align/data/vectors.bin", import.meta.url);

/**
 * Where the file is: beside the source when run through tsx, beside the built command
 * (scripts/build-cli.mjs copies it there) when run as `parallax`.
 */
const PLACES = [VECTORS_FILE, new URL("./vectors.bin", import.meta.url)];

let loaded: WordVectors | undefined | null = null;

/**
 * The shipped word vectors, read once on first use; undefined when the file is missing or
 * unreadable, and the engine then aligns by words alone.
 */
export function loadVectors(): WordVectors | undefined {
  if (loaded === null) {
    loaded = undefined;
    for (const place of PLACES) {
      try {
        loaded = readWordVectors(readFileSync(place));
        break;
      } catch {
        // Not there, or unreadable: try the next place, else align by words alone.
      }
    }
  }
  return loaded;
}
