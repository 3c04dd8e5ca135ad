/**
 * Base64url (RFC 4648 §5) without padding: the 64 characters are all URL-unreserved, so a link
 * survives copying, percent-encoding and linkifiers unchanged. Hand-written because
 * `Uint8Array.prototype.toBase64` is not in Node 20 and `btoa` needs a binary string detour.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Character code → 6-bit value, or -1 for a character outside the alphabet. */
const VALUES: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

export function bytesToBase64Url(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const remaining = bytes.length - i;
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chars.push(ALPHABET.charAt((n >> 18) & 63), ALPHABET.charAt((n >> 12) & 63));
    if (remaining > 1) chars.push(ALPHABET.charAt((n >> 6) & 63));
    if (remaining > 2) chars.push(ALPHABET.charAt(n & 63));
  }
  return chars.join("");
}

/**
 * Decodes base64url; `undefined` if any character is outside the alphabet (padding included).
 * A dangling last character (length ≡ 1 mod 4) holds fewer than 8 bits and is dropped: it is
 * what a link cut at a random place ends with, and the decompressor then reports the cut.
 */
export function base64UrlToBytes(text: string): Uint8Array | undefined {
  const usable = text.length % 4 === 1 ? text.length - 1 : text.length;
  const bytes = new Uint8Array(Math.floor((usable * 3) / 4));
  let acc = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return undefined;
    if (i >= usable) break;
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}
