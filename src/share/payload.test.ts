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
        expect(inflateBounded(deflateSync(data), 1 << 20, chunkBytes)).toStrictEqual({
          end: "complete",
          bytes: data,
        });
      }
    },
    30_000,
  );

  it("allows exactly the cap and refuses one byte more, keeping the bytes up to it", () => {
    const compressed = deflateSync(prose);
    expect(inflateBounded(compressed, prose.length).end).toBe("complete");
    const over = inflateBounded(compressed, prose.length - 1);
    expect(over.end).toBe("over-cap");
    expect(over.bytes).toStrictEqual(prose.subarray(0, prose.length - 1));
    const opening = inflateBounded(compressed, 3);
    expect(opening).toStrictEqual({ end: "over-cap", bytes: prose.subarray(0, 3) });
  });

  it("tells a cut stream from a corrupt one, and shows what a cut one began with", () => {
    const compressed = deflateSync(prose);
    const cut = inflateBounded(compressed.subarray(0, 300), 1 << 20);
    expect(cut.end).toBe("cut");
    expect(cut.bytes.length).toBeGreaterThan(100);
    expect(cut.bytes).toStrictEqual(prose.subarray(0, cut.bytes.length));
    expect(inflateBounded(new Uint8Array(0), 1 << 20)).toStrictEqual({
      end: "cut",
      bytes: new Uint8Array(0),
    });
    expect(inflateBounded(Uint8Array.of(0xff, 0xff, 0xff), 1 << 20).end).toBe("corrupt");
  });
});

describe("payload frame", () => {
  it("round-trips JSON text, including escaped lone surrogates", () => {
    const json = JSON.stringify({ text: "a\ud800b", emoji: "🇮🇷" });
    expect(json).toContain("\\ud800");
    expect(unpackPayload(packPayload(json), 1 << 20)).toStrictEqual({ ok: true, value: json });
  });

  it("applies the caller's cap to the announced size", () => {
    const json = JSON.stringify({ sources: "x".repeat(5000) });
    expect(unpackPayload(packPayload(json), 4999)).toMatchObject({
      ok: false,
      error: { code: "too-large" },
    });
  });
});
