import { FlateErrorCode, Inflate } from "fflate";

/**
 * How inflation ended: the stream's last block was read ("complete"), the data ran out before
 * it ("cut"), the data broke DEFLATE's rules ("corrupt"), or the output passed the cap
 * ("over-cap", feeding stopped there).
 */
export type InflateEnd = "complete" | "cut" | "corrupt" | "over-cap";

export interface Inflation {
  readonly end: InflateEnd;
  /**
   * The first `min(produced, maxBytes)` bytes of output, whatever the end: a cut or corrupt
   * stream still shows what it began with, which is how a caller tells its own data from noise.
   */
  readonly bytes: Uint8Array;
}

/**
 * Compressed bytes handed to the inflater per step. DEFLATE expands at most ~1032:1, so one step
 * yields at most ~1 MB: the running count below notices a bomb within one step of the cap.
 * @default 1024
 */
const DEFAULT_CHUNK_BYTES = 1024;

/**
 * Inflates raw DEFLATE data, never keeping more than `maxBytes` of output.
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
): Inflation {
  // fflate reads no bytes at all as an empty stream that ended.
  if (compressed.length === 0) return { end: "cut", bytes: new Uint8Array(0) };
  const whole = feed(compressed, maxBytes, chunkBytes, true);
  if (whole.end !== "cut" && whole.end !== "corrupt") return whole;
  // When the slice marked last ends early or breaks, fflate throws away what it decoded from
  // that slice. Feeding everything again as "not the last" makes it hand over all it decoded
  // before the break (it cannot say whether the stream ended that way, hence the first pass).
  return { end: whole.end, bytes: feed(compressed, maxBytes, chunkBytes, false).bytes };
}

function feed(
  compressed: Uint8Array,
  maxBytes: number,
  chunkBytes: number,
  markLast: boolean,
): Inflation {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((part) => {
    const room = maxBytes - total;
    if (room > 0) parts.push(part.length <= room ? part : part.subarray(0, room));
    total += part.length;
  });
  const result = (end: InflateEnd): Inflation => ({ end, bytes: concat(parts) });
  try {
    for (let start = 0; start < compressed.length && total <= maxBytes; start += chunkBytes) {
      const end = Math.min(start + chunkBytes, compressed.length);
      inflater.push(compressed.subarray(start, end), markLast && end === compressed.length);
    }
  } catch (error) {
    return result(isUnexpectedEof(error) ? "cut" : "corrupt");
  }
  return result(total > maxBytes ? "over-cap" : "complete");
}

function isUnexpectedEof(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === FlateErrorCode.UnexpectedEOF;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
