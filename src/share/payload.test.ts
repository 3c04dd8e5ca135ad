import fc from "fast-check";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { base64UrlToBytes, bytesToBase64Url } from "./base64url.ts";
import { inflateBounded } from "./bounded-inflate.ts";
import { crc32 } from "./crc32.ts";
import { packPayload, unpackPayload } from "./payload.ts";

describe("base64url", () => {
  it("agrees with Node's encoder and round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64Url(bytes);
        const reference = btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, "-")
          .replace(/\//g, "_")
          .replace(/=+$/, "");
        expect(text).toBe(reference);
        expect(base64UrlToBytes(text)).toStrictEqual(bytes);
      }),
    );
  });

  it("refuses characters outside the alphabet and drops a dangling last character", () => {
    expect(base64UrlToBytes("ab+/")).toBeUndefined();
    expect(base64UrlToBytes("ab c")).toBeUndefined();
    expect(base64UrlToBytes("AAAA=")).toBeUndefined();
    expect(base64UrlToBytes("é")).toBeUndefined();
    expect(base64UrlToBytes("QUJD" + "Q")).toStrictEqual(Uint8Array.of(65, 66, 67));
  });
});

describe("crc32", () => {
  it("gives the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("inflateBounded", () => {
  const prose = new TextEncoder().encode(
    Array.from(
      { length: 400 },
      (_, i) => `Sentence ${(i * 7919) % 10007} about word${i % 997}.`,
    ).join(" "),
  );
  /** xorshift32 bytes: incompressible, so DEFLATE emits stored blocks. */
  const noise = (() => {
    let x = 2463534242;
    return Uint8Array.from({ length: 8_000 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
  })();

  it("covers stored blocks as well as Huffman ones", () => {
    expect((deflateSync(noise)[0] ?? 0) & 0b110).toBe(0);
    expect((deflateSync(prose)[0] ?? 0) & 0b110).not.toBe(0);
  });

  it.each([1, 7, 1024, 1 << 20])(
    "inflates exactly whatever the step size (%i bytes)",
    (chunkBytes) => {
      for (const data of [prose, noise]) {
        const result = inflateBounded(deflateSync(data), 1 << 20, chunkBytes);
        expect(result.ok && result.value).toStrictEqual(data);
      }
    },
    30_000,
  );

  it("allows exactly the cap and refuses one byte more", () => {
    const compressed = deflateSync(prose);
    expect(inflateBounded(compressed, prose.length).ok).toBe(true);
    expect(inflateBounded(compressed, prose.length - 1)).toStrictEqual({
      ok: false,
      error: "too-large",
    });
  });

  it("tells a cut stream from a corrupt one", () => {
    const compressed = deflateSync(prose);
    expect(inflateBounded(compressed.subarray(0, 100), 1 << 20)).toStrictEqual({
      ok: false,
      error: "truncated",
    });
    expect(inflateBounded(new Uint8Array(0), 1 << 20)).toStrictEqual({
      ok: false,
      error: "truncated",
    });
    expect(inflateBounded(Uint8Array.of(0xff, 0xff, 0xff), 1 << 20)).toStrictEqual({
      ok: false,
      error: "malformed",
    });
  });
});

describe("payload frame", () => {
  it("round-trips JSON text, including escaped lone surrogates", () => {
    const json = JSON.stringify({ text: "a\ud800b", emoji: "🇮🇷" });
    expect(json).toContain("\\ud800");
    expect(unpackPayload(packPayload(json), 1 << 20)).toStrictEqual({ ok: true, value: json });
  });

  it("applies the caller's cap to the announced size", () => {
    const json = JSON.stringify({ text: "x".repeat(5000) });
    expect(unpackPayload(packPayload(json), 4999)).toMatchObject({
      ok: false,
      error: { code: "too-large" },
    });
  });
});
