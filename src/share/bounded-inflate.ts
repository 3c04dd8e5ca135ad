import { FlateErrorCode, Inflate } from "fflate";
import { err, ok, type Result } from "../lib/result.ts";

/** Why inflation stopped. */
export type InflateFailure = "truncated" | "too-large" | "malformed";

/**
 * Compressed bytes handed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * yields at most ~1 MB: the running count below notices a bomb within one step of the cap.
 * @default 1024
 */
const DEFAULT_CHUNK_BYTES = 1024;

/**
 * Inflates raw DEFLATE data, refusing to produce more than `maxBytes`.
 *
 * fflate's `inflateSync` sizes its output to whatever the data says, so a 50 KB link could make
 * it allocate 50 MB. The streaming `Inflate` is fed small slices instead and the output is
 * counted after each one; past the cap, feeding stops. Peak memory is about
 * `maxBytes + 1032 × chunkBytes`, however large the data claims to be.
 */
export function inflateBounded(
  compressed: Uint8Array,
  maxBytes: number,
  chunkBytes: number = DEFAULT_CHUNK_BYTES,
): Result<Uint8Array, InflateFailure> {
  if (compressed.length === 0) return err("truncated");
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((part) => {
    total += part.length;
    if (total <= maxBytes) parts.push(part);
  });
  try {
    for (let start = 0; start < compressed.length && total <= maxBytes; start += chunkBytes) {
      const end = Math.min(start + chunkBytes, compressed.length);
      inflater.push(compressed.subarray(start, end), end === compressed.length);
    }
  } catch (error) {
    return err(isUnexpectedEof(error) ? "truncated" : "malformed");
  }
  if (total > maxBytes) return err("too-large");
  return ok(concat(parts, total));
}

function isUnexpectedEof(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === FlateErrorCode.UnexpectedEOF;
}

function concat(parts: readonly Uint8Array[], totalBytes: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(totalBytes);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
