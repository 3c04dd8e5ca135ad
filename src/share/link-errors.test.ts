import fc from "fast-check";
import { deflateSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import ifpRaw from "../../seeds/ifp.txt?raw";
import moscowTimesRaw from "../../seeds/moscow-times.txt?raw";
import { bytesToBase64Url } from "./base64url.ts";
import { crc32 } from "./crc32.ts";
import { decodeShareFragment, encodeShareFragment, SHARE_LIMITS, type ShareError } from "./link.ts";
import { frame } from "./payload.ts";
import { decodeErr, inputs, linkOfJson, linkOfPayload, two } from "./test-support.ts";

// ---------- bad links ----------

describe("bad links are rejected with a code and a plain sentence", () => {
  it.each<[string, unknown, ShareError["code"]]>([
    ["empty string", "", "empty"],
    ["just '#'", "#", "empty"],
    ["blank", "  ", "empty"],
    ["undefined", undefined, "empty"],
    ["null", null, "empty"],
    ["not a string", 42, "malformed"],
    ["an object", { hash: "#v1=" }, "malformed"],
    ["not a Parallax fragment", "#section-2", "malformed"],
    ["garbage characters", "v1=this is not base64!", "malformed"],
    ["base64 padding", "v1=AAAA==", "malformed"],
    ["nothing after v1=", "v1=", "malformed"],
    ["a future version", "v3=AAAA", "future-version"],
    ["a far future version", "#v10=anything at all", "future-version"],
    ["a future seed-link version", "seed=iran-russia-ties&v=2", "future-version"],
    ["version zero", "v0=AAAA", "malformed"],
  ])("%s", (_label, fragment, code) => {
    expect(decodeErr(fragment).code).toBe(code);
  });

  it("an oversized fragment, refused before any decoding", () => {
    const huge = `v1=${"A".repeat(10_000_000)}`;
    const started = performance.now();
    const error = decodeErr(huge);
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.code).toBe("too-long");
    expect(error.message).toContain("200,000");
    expect(decodeErr(`v1=${"A".repeat(SHARE_LIMITS.maxFragmentChars)}`).code).toBe("too-long");
  });

  it(
    "a link cut anywhere after its first bytes of JSON is 'truncated'",
    { timeout: 30_000 },
    () => {
      const fragment = encodeShareFragment(
        inputs({ name: "A", text: moscowTimesRaw }, { name: "B", text: ifpRaw }),
      );
      // Every cut in the first 200 characters (header and compression tables), then every 7th (7
      // is coprime with 4, so all base64 phases occur). Before the payload's opening comes out, a
      // cut link cannot be told from any other text: it is not a Parallax link; from there on it is
      // cut.
      const codes: string[] = [];
      for (let cut = "v1=".length; cut < fragment.length - 1; cut += cut < 200 ? 1 : 7) {
        codes.push(decodeErr(fragment.slice(0, cut)).code);
      }
      const firstCut = codes.indexOf("truncated");
      expect(firstCut).toBeGreaterThan(0);
      expect(firstCut).toBeLessThan(150);
      expect(codes.slice(0, firstCut).every((code) => code === "malformed")).toBe(true);
      expect(codes.slice(firstCut).every((code) => code === "truncated")).toBe(true);
    },
  );

  it(
    "a link with any one character changed is refused or decodes to the same state",
    { timeout: 30_000 },
    () => {
      const state = inputs(
        { name: "A", text: "Kanani said the claims were baseless." },
        { name: "B", text: "Kanaani rejected the claims." },
      );
      const fragment = encodeShareFragment(state);
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      fc.assert(
        fc.property(
          fc.integer({ min: 3, max: fragment.length - 1 }),
          fc.integer({ min: 1, max: 63 }),
          (at, shift) => {
            const changed = alphabet[(alphabet.indexOf(fragment.charAt(at)) + shift) % 64] ?? "A";
            const result = decodeShareFragment(
              fragment.slice(0, at) + changed + fragment.slice(at + 1),
            );
            if (result.ok) expect(result.value).toStrictEqual(state); // only the last character's padding bits
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  it("truncated compressed data behind an intact header", () => {
    const json = new TextEncoder().encode(JSON.stringify({ sources: two }));
    const compressed = deflateSync(json);
    const link = `v1=${bytesToBase64Url(frame(compressed.subarray(0, compressed.length - 3), json.length, crc32(json)))}`;
    expect(decodeErr(link).code).toBe("truncated");
  });

  // Timings below are loose on purpose: CI machines are shared. Unbounded, this bomb takes
  // ~0.7–5 s and ~125 MB of ArrayBuffers to inflate here; capped, ~15 ms and ~12 MB.
  describe("a decompression bomb (50 MB of one letter in a payload)", { timeout: 60_000 }, () => {
    const size = 50 * 1024 * 1024;
    let bomb = new Uint8Array(0);
    /** The same size of zeros: not a payload at all, stopped by the same cap. */
    let zeros = new Uint8Array(0);
    beforeAll(() => {
      const json = new Uint8Array(size).fill(0x61);
      json.set(new TextEncoder().encode('{"sources":[{"name":"A","text":"'));
      bomb = deflateSync(json, { level: 9 });
      zeros = deflateSync(new Uint8Array(size), { level: 9 });
    }, 60_000);

    it("is small enough to fit in a link, so only the inflate cap can stop it", () => {
      expect(bomb.length).toBeGreaterThan(0);
      expect(bomb.length).toBeLessThan(100_000);
    });

    it("announcing its size: refused after inflating only its opening", () => {
      const link = `v1=${bytesToBase64Url(frame(bomb, size, 0))}`;
      expect(link.length).toBeLessThan(SHARE_LIMITS.maxFragmentChars);
      const started = performance.now();
      expect(decodeErr(link).code).toBe("too-large");
      expect(performance.now() - started).toBeLessThan(250);
    });

    it("lying about its size: stopped by the running count at the cap, in well under 1 s", () => {
      const link = `v1=${bytesToBase64Url(frame(bomb, 100, 0))}`;
      const started = performance.now();
      const error = decodeErr(link);
      const elapsedMs = performance.now() - started;
      console.info(
        `[share] 50 MB bomb (${bomb.length} bytes deflated, link ${link.length} chars) rejected in ${elapsedMs.toFixed(1)} ms`,
      );
      expect(error.code).toBe("too-large");
      expect(error.message).toContain("2 MB");
      expect(elapsedMs).toBeLessThan(1000);
    });

    it("of zeros, whatever size it announces: stopped at the cap, and not a Parallax link", () => {
      for (const declared of [size, 100]) {
        const started = performance.now();
        expect(decodeErr(`v1=${bytesToBase64Url(frame(zeros, declared, 0))}`).code).toBe(
          "malformed",
        );
        expect(performance.now() - started).toBeLessThan(1000);
      }
    });
  });

  it("valid compression of text that is not JSON, or not UTF-8", () => {
    expect(decodeErr(linkOfJson('{"sources": [')).code).toBe("malformed");
    expect(decodeErr(linkOfJson("undefined")).code).toBe("malformed");
    const notUtf8 = Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d);
    expect(
      decodeErr(
        `v1=${bytesToBase64Url(frame(deflateSync(notUtf8), notUtf8.length, crc32(notUtf8)))}`,
      ).code,
    ).toBe("malformed");
  });

  it("a checksum or length that does not match the data", () => {
    const json = new TextEncoder().encode(JSON.stringify({ sources: two }));
    const compressed = deflateSync(json);
    // The data is a whole Parallax payload, so the header is what was changed.
    expect(
      decodeErr(`v1=${bytesToBase64Url(frame(compressed, json.length, crc32(json) ^ 1))}`).code,
    ).toBe("damaged");
    expect(
      decodeErr(`v1=${bytesToBase64Url(frame(compressed, json.length - 1, crc32(json)))}`).code,
    ).toBe("damaged");
    expect(
      decodeErr(`v1=${bytesToBase64Url(frame(compressed, json.length + 1, crc32(json)))}`).code,
    ).toBe("damaged");
    expect(
      decodeErr(`v1=${bytesToBase64Url(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0x01))}`).code,
    ).toBe("malformed");
  });

  it("deeply nested JSON, refused before JSON.parse", () => {
    const link = linkOfJson(`${"[".repeat(500_000)}${"]".repeat(500_000)}`);
    const started = performance.now();
    const error = decodeErr(link);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("invalid");
    expect(decodeErr(linkOfPayload({ sources: two, view: { layers: [[["x"]]] } })).code).toBe(
      "invalid",
    );
  });

  it.each<[string, unknown, RegExp]>([
    ["1 source", { sources: [two[0]] }, /it has 1 source, and a comparison takes 2 to 6/],
    ["7 sources", { sources: Array.from({ length: 7 }, () => two[0]) }, /it has 7 sources/],
    ["no sources at all", { view: {} }, /does not hold a list of sources/],
    ["sources not a list", { sources: "A,B" }, /sources are not a list/],
    ["a JSON array", [two], /does not hold a list of sources/],
    [
      "a name of 10,000 characters",
      { sources: [two[0], { name: "x".repeat(10_000), text: "t" }] },
      /name is longer than 200 characters \(source 2\)/,
    ],
    [
      "a name that is a number",
      { sources: [{ name: 1, text: "t" }, two[1]] },
      /source name is not text \(source 1\)/,
    ],
    [
      "a text that is a number",
      { sources: [two[0], { name: "B", text: 42 }] },
      /source text is not text \(source 2\)/,
    ],
    [
      "a source that is a string",
      { sources: ["A", "B"] },
      /source is not in the expected form \(source 1\)/,
    ],
    ["an unknown format", { sources: [{ ...two[0], format: "pdf" }, two[1]] }, /format is neither/],
    [
      "an unknown source field",
      { sources: [{ ...two[0], url: "https://x" }, two[1]] },
      /source is not in the expected form/,
    ],
    [
      "an unknown top-level field",
      { sources: two, comparison: {} },
      /does not hold a list of sources/,
    ],
    [
      "a __proto__ key",
      JSON.parse(`{"sources": ${JSON.stringify(two)}, "__proto__": {"polluted": true}}`),
      /does not hold/,
    ],
    [
      "layers that are not strings",
      { sources: two, view: { layers: [1, 2] } },
      /layer name is not text/,
    ],
    [
      "a layer id with markup",
      { sources: two, view: { layers: ["<b>"] } },
      /layer name has characters/,
    ],
    [
      "a layer id of 41 characters",
      { sources: two, view: { layers: ["a".repeat(41)] } },
      /longer than 40 characters/,
    ],
    [
      "too many layers",
      { sources: two, view: { layers: Array.from({ length: 33 }, () => "unique") } },
      /more than 32 layers/,
    ],
    ["an unknown mode", { sources: two, view: { mode: "edit" } }, /mode is neither/],
    ["a null selection", { sources: two, view: { selected: null } }, /selection is not text/],
  ])("valid JSON of the wrong shape: %s", (_label, payload, message) => {
    const error = decodeErr(linkOfPayload(payload));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(message);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it(
    "never throws, and every message is one plain sentence that does not echo the link",
    { timeout: 30_000 },
    () => {
      const valid = encodeShareFragment(inputs(...two));
      const anyFragment = fc.oneof(
        fc.string({ unit: "binary" }),
        fc.string().map((s) => `v1=${s}`),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => `v1=${bytesToBase64Url(bytes)}`),
        fc.string().map((s) => `seed=${s}`),
        fc.integer({ min: 0, max: valid.length }).map((n) => valid.slice(0, n)),
        fc.anything(),
      );
      fc.assert(
        fc.property(anyFragment, (fragment) => {
          const result = decodeShareFragment(fragment);
          if (result.ok) return;
          expect(result.error.message).toMatch(/^This link [^\n]+\.$/);
          expect(result.error.message.length).toBeLessThan(200);
        }),
        { numRuns: 500 },
      );
      const hostile = decodeErr(
        linkOfPayload({ sources: [{ name: "<script>alert(1)</script>", text: 1 }, two[1]] }),
      );
      expect(hostile.message).not.toContain("<script>");
    },
  );
});
