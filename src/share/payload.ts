import { deflateSync } from "fflate";
import { base64UrlToBytes, bytesToBase64Url } from "./base64url.ts";
import { inflateBounded } from "./bounded-inflate.ts";
import { crc32 } from "./crc32.ts";
import { shareError } from "./errors.ts";
import { type ShareError } from "./types.ts";
import { err, ok, type Result } from "../lib/result.ts";

/*
 * The bytes behind "v1=", base64url-encoded:
 *
 *   [byte length of the JSON, LEB128 varint] [CRC-32 of the JSON, 4 bytes big-endian] [raw DEFLATE]
 *
 * The length comes first so a cut link is told apart from a damaged one (fewer bytes than
 * announced means "truncated") and an honest bomb is refused before inflating anything; the
 * CRC makes "reopens exactly" true even if a character is altered on the way. Neither is
 * trusted for safety: inflation is capped on its own. Costs 6–7 bytes (8–10 characters).
 */

const CRC_BYTES = 4;
/** A varint past 5 bytes cannot describe a length below 2^32: the data is not ours. */
const MAX_VARINT_BYTES = 5;

/** Compresses the payload JSON into the characters that follow "v1=". */
export function packPayload(json: string): string {
  // JSON.stringify escapes lone surrogates (\udXXX), so this UTF-8 encoding is lossless.
  const bytes = new TextEncoder().encode(json);
  return bytesToBase64Url(frame(deflateSync(bytes, { level: 9 }), bytes.length, crc32(bytes)));
}

/** Header and compressed data as one byte array. Exported for tests that forge frames. */
export function frame(compressed: Uint8Array, declaredBytes: number, crc: number): Uint8Array {
  const header = [...varint(declaredBytes), ...uint32(crc)];
  const framed = new Uint8Array(header.length + compressed.length);
  framed.set(header);
  framed.set(compressed, header.length);
  return framed;
}

/** Reverses {@link packPayload}, never producing more than `maxBytes` of JSON text. */
export function unpackPayload(encoded: string, maxBytes: number): Result<string, ShareError> {
  const framed = base64UrlToBytes(encoded);
  if (!framed) return err(shareError("malformed"));

  let declaredBytes = 0;
  let offset = 0;
  for (;;) {
    const byte = framed[offset];
    if (byte === undefined) return err(shareError("truncated"));
    if (offset >= MAX_VARINT_BYTES) return err(shareError("malformed"));
    declaredBytes += (byte & 0x7f) * 2 ** (7 * offset);
    offset++;
    if (byte < 0x80) break;
  }
  if (declaredBytes > maxBytes) return err(shareError("too-large"));
  if (framed.length < offset + CRC_BYTES) return err(shareError("truncated"));
  const expectedCrc = readUint32(framed, offset);

  const inflated = inflateBounded(framed.subarray(offset + CRC_BYTES), maxBytes);
  if (!inflated.ok) return err(shareError(inflated.error));
  const bytes = inflated.value;
  if (bytes.length < declaredBytes) return err(shareError("truncated"));
  if (bytes.length > declaredBytes || crc32(bytes) !== expectedCrc)
    return err(shareError("malformed"));

  try {
    return ok(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return err(shareError("malformed"));
  }
}

function varint(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

function uint32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}
