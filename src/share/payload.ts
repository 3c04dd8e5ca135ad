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
 * The frame has no magic number (links made since v1 must keep opening, so none can be added),
 * and the header alone cannot tell a link from any other text: "hello" reads as a varint
 * announcing 1.6 MB. So nothing is said about a link's size or completeness until the link has
 * shown it is a Parallax payload, by one of two proofs:
 *
 * - the whole stream inflates to exactly the announced length with the announced CRC-32 (a
 *   random string passes this with odds of about 1 in 4 billion);
 * - or, for a stream that is cut, damaged or too large to inflate, what it inflates to begins
 *   with {@link PAYLOAD_OPENING}, the first characters of every payload the app writes.
 *
 * Without either proof the link is "not a Parallax link" (`malformed`). With the second one, a
 * stream that ends early is `truncated`, a stream announcing or producing more than the cap is
 * `too-large` (an honest bomb is refused after inflating only its opening), and one that breaks
 * DEFLATE's rules or disagrees with its header is `damaged`. A link cut before its first bytes of
 * JSON come out (its header and compression tables: the first ~100 characters) cannot be told
 * from noise, and is not a Parallax link. Inflation is capped on its own: none of this is
 * trusted for safety. The header costs 6–7 bytes (8–10 characters).
 */

/**
 * How every payload's JSON begins: an object whose first key is "sources" (v1, and v2 with the
 * user's reports) or "seed" (v2 around a shipped comparison). A test holds the encoder to it.
 */
export const PAYLOAD_OPENING = '{"s';
const OPENING_BYTES = new TextEncoder().encode(PAYLOAD_OPENING);

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
  const notOurs = err(shareError("malformed"));
  const framed = base64UrlToBytes(encoded);
  const header = framed && readHeader(framed);
  if (!framed || !header) return notOurs;

  const announcedTooLarge = header.declaredBytes > maxBytes;
  // An honest bomb announces its size: inflate only as far as its opening, to know it is ours.
  const inflation = inflateBounded(
    framed.subarray(header.bytes),
    announcedTooLarge ? OPENING_BYTES.length : maxBytes,
  );
  const { bytes } = inflation;
  const opensAsPayload = startsWith(bytes, OPENING_BYTES);

  if (inflation.end === "complete") {
    if (bytes.length === header.declaredBytes && crc32(bytes) === header.crc) return utf8(bytes);
    return opensAsPayload ? err(shareError("damaged")) : notOurs;
  }
  if (!opensAsPayload) return notOurs;
  if (announcedTooLarge || inflation.end === "over-cap") return err(shareError("too-large"));
  if (inflation.end === "corrupt" || bytes.length > header.declaredBytes) {
    return err(shareError("damaged"));
  }
  return err(shareError("truncated"));
}

interface Header {
  readonly declaredBytes: number;
  readonly crc: number;
  /** Where the compressed data starts. */
  readonly bytes: number;
}

/** The frame's header, or undefined when it is incomplete or not one the encoder writes. */
function readHeader(framed: Uint8Array): Header | undefined {
  let declaredBytes = 0;
  let offset = 0;
  for (;;) {
    const byte = framed[offset];
    if (byte === undefined || offset >= MAX_VARINT_BYTES) return undefined;
    // The encoder never ends a varint with a zero group after the first: 0x80 0x00 is not ours.
    if (byte === 0 && offset > 0) return undefined;
    declaredBytes += (byte & 0x7f) * 2 ** (7 * offset);
    offset++;
    if (byte < 0x80) break;
  }
  if (framed.length < offset + CRC_BYTES) return undefined;
  return { declaredBytes, crc: readUint32(framed, offset), bytes: offset + CRC_BYTES };
}

function utf8(bytes: Uint8Array): Result<string, ShareError> {
  try {
    return ok(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return err(shareError("malformed"));
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
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
