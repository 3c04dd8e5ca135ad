import type { SourceInput } from "../analysis/types.ts";
import type { AnalysisOptions } from "./protocol.ts";

/**
 * cyrb53: a fast, well-mixed 53-bit string hash. Not cryptographic; it only has to tell two
 * sets of inputs apart for the query cache, synchronously (crypto.subtle is async).
 */
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Key order must not change the hash: options are serialised with sorted keys. */
function canonicalOptions(options: AnalysisOptions): [string, unknown][] {
  // Values as unknown: exactOptionalPropertyTypes keeps `undefined` out of the types, not out of
  // objects built at run time, and an absent option must hash like an undefined one.
  return Object.entries<unknown>(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A stable hex digest of what the engine reads: every input's name, format and text, plus options. */
export function contentHash(inputs: readonly SourceInput[], options: AnalysisOptions): string {
  const canonical = JSON.stringify([
    inputs.map((input) => [input.name, input.format ?? "text", input.text]),
    canonicalOptions(options),
  ]);
  return cyrb53(canonical).toString(16).padStart(14, "0");
}
