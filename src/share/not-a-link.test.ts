import fc from "fast-check";
import { deflateSync, Inflate } from "fflate";
import { describe, expect, it } from "vitest";
import ifpRaw from "../../seeds/ifp.txt?raw";
import { base64UrlToBytes, bytesToBase64Url } from "./base64url.ts";
import { crc32 } from "./crc32.ts";
import { decodeShareFragment, encodeShareFragment, SHARE_LIMITS } from "./link.ts";
import { frame, PAYLOAD_OPENING, unpackPayload } from "./payload.ts";
import { decodeErr, inputs, two } from "./test-support.ts";

/*
 * Text after "v1=" that was never a Parallax link must say so, and never that it was cut off or
 * is too large: the frame's header alone cannot tell ("hello" reads as a length of 1.6 MB), so
 * those two are said only once the data has inflated to a payload's opening.
 */

const ALPHABET = Array.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
const NOT_OURS = /^This link is not a Parallax link/;

describe("text that is not a Parallax link", () => {
  it.each([
    "v1=garbage",
    "v1=hello",
    "#v1=hello",
    "v1=AAAA",
    "v1=AAAAAAAAAAAAAAAAAAAAAAAA",
    "v1=%%%not-a-link$$$",
    "v1=this-is-not-a-link-at-all",
    `v1=${"garbage".repeat(300)}`,
    "v2=garbage",
    "v2=hello",
    "utm_source=newsletter",
    "section-2",
  ])("%s", (fragment) => {
    const error = decodeErr(fragment);
    expect(error.code).toBe("malformed");
    expect(error.message).toMatch(NOT_OURS);
  });

  it("the two messages it used to get are still given to real links", () => {
    const link = encodeShareFragment(
      inputs({ name: "A", text: ifpRaw }, { name: "B", text: ifpRaw }),
    );
    expect(decodeErr(link.slice(0, 400)).message).toMatch(/incomplete, probably cut off/);
    const big = new TextEncoder().encode(
      JSON.stringify({ sources: [{ name: "A", text: "a".repeat(3 << 20) }, two[1]] }),
    );
    const bigLink = `v1=${bytesToBase64Url(frame(deflateSync(big), big.length, crc32(big)))}`;
    expect(decodeErr(bigLink).message).toMatch(
      /more text than Parallax opens from a link \(2 MB\)/,
    );
  });

  it("every payload the app writes begins with the opening the decoder looks for", () => {
    const states = [
      inputs(...two),
      { ...inputs(...two), view: { layers: ["quote-shared"], mode: "class" as const } },
      { kind: "seed" as const, seed: "iran-russia-ties", lesson: { focus: [], questions: [] } },
      { ...inputs(...two), work: { tags: [], answers: [] } },
    ];
    for (const state of states) {
      const fragment = encodeShareFragment(state);
      const [, encoded = ""] = /^v\d+=(.*)$/.exec(fragment) ?? [];
      const json = unpackPayload(encoded, SHARE_LIMITS.maxDecompressedBytes);
      expect(json.ok && json.value.startsWith(PAYLOAD_OPENING)).toBe(true);
    }
  });

  /**
   * The oracle, written apart from the decoder: after a well-formed header, do the compressed
   * bytes inflate, as far as they go, to the start of a payload? Only then may a link be called
   * cut off or too large.
   */
  const beginsAPayload = (encoded: string): boolean => {
    const bytes = base64UrlToBytes(encoded);
    if (!bytes) return false;
    let at = 0;
    while (at < 5 && (bytes[at] ?? 0) >= 0x80) at++;
    const data = bytes.subarray(at + 1 + 4);
    if (at >= 5 || data.length === 0) return false;
    let out = "";
    try {
      new Inflate((part) => {
        out += String.fromCharCode(...part.subarray(0, 8));
      }).push(data, false);
    } catch {
      // A break after the opening still counts: the opening was there.
    }
    return out.startsWith(PAYLOAD_OPENING);
  };

  it(
    "random text after v1= never says 'cut off' or 'too large' unless it begins a payload",
    { timeout: 60_000 },
    () => {
      const base64 = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 });
      /** A header the encoder could have written, then noise: gets past every header check. */
      const headed = fc
        .tuple(
          fc.integer({ min: 0, max: 8 * SHARE_LIMITS.maxDecompressedBytes }),
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.uint8Array({ maxLength: 300 }),
        )
        .map(([declared, crc, noise]) => bytesToBase64Url(frame(noise, declared, crc)));
      const anyText = fc.oneof(
        base64,
        headed,
        fc.string({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 300 }).map(bytesToBase64Url),
      );
      fc.assert(
        fc.property(anyText, fc.constantFrom("v1=", "#v1=", "v2="), (text, prefix) => {
          const result = decodeShareFragment(`${prefix}${text}`);
          if (result.ok) return;
          const { code } = result.error;
          if (code === "truncated" || code === "too-large") {
            expect(beginsAPayload(text)).toBe(true);
          }
          if (!beginsAPayload(text)) expect(result.error.message).toMatch(NOT_OURS);
        }),
        { numRuns: 3000 },
      );
    },
  );

  it("a payload over the cap, cut anywhere after its opening, is still 'too large'", () => {
    const json = JSON.stringify({ sources: [{ name: "A", text: ifpRaw }, two[1]] });
    const encoded = encodeShareFragment(inputs({ name: "A", text: ifpRaw }, two[1])).slice(3);
    fc.assert(
      fc.property(fc.integer({ min: 150, max: encoded.length }), (cut) => {
        const result = unpackPayload(encoded.slice(0, cut), json.length - 1);
        expect(result).toMatchObject({ ok: false, error: { code: "too-large" } });
      }),
      { numRuns: 200 },
    );
  });
});
