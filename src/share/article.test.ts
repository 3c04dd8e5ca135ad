import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeArticleFragment, isArticleFragment, type HandedArticle } from "./article.ts";
import { bytesToBase64Url } from "./base64url.ts";
import { SHARE_LIMITS } from "./limits.ts";

/** What the bookmarklet writes: raw DEFLATE (as CompressionStream("deflate-raw")), base64url. */
const encodeBytes = (bytes: Uint8Array): string => `add=${bytesToBase64Url(deflateSync(bytes))}`;
const encodeJson = (value: unknown): string =>
  encodeBytes(new TextEncoder().encode(JSON.stringify(value)));

const article: HandedArticle = {
  name: "Lakeside Herald",
  title: "Flood waters reach the old mill",
  url: "https://lakeside.example/news/flood?ref=home",
  text: "The river rose two metres overnight.\n\nResidents were told to leave.",
};

const refusal = (fragment: string): string => {
  const result = decodeArticleFragment(fragment);
  if (result.ok) throw new Error("expected a refusal");
  return result.error.message;
};

describe("an article handed over in the fragment", () => {
  it("reads what the bookmarklet writes, with or without '#'", () => {
    const fragment = encodeJson({ v: 1, ...article });
    expect(isArticleFragment(fragment)).toBe(true);
    expect(isArticleFragment(`#${fragment}`)).toBe(true);
    expect(decodeArticleFragment(fragment)).toEqual({ ok: true, value: article });
    expect(decodeArticleFragment(`#${fragment}`)).toEqual({ ok: true, value: article });
  });

  it("keeps any text exactly, lone surrogates and right-to-left marks included", () => {
    const odd = { ...article, text: "\uFEFFA \uD800 b \u202Ec «quoted» 中文 ".repeat(50) };
    expect(decodeArticleFragment(encodeJson({ v: 1, ...odd }))).toEqual({ ok: true, value: odd });
  });

  it("is not a share link, and a share link is not one", () => {
    expect(isArticleFragment("v1=abc")).toBe(false);
    expect(isArticleFragment("seed=x&add=1")).toBe(false);
    expect(isArticleFragment("additional")).toBe(false);
  });

  it("refuses what the bookmarklet does not write, in a sentence", () => {
    const cases = [
      "add=",
      "add=%%%",
      "add=AAAA",
      encodeBytes(new Uint8Array([0xff, 0xfe, 0x00])),
      encodeJson({ v: 2, ...article }),
      encodeJson({ v: 1, ...article, extra: true }),
      encodeJson({ v: 1, ...article, text: 42 }),
      encodeJson({ v: 1, name: "A", title: "", url: "" }),
      encodeJson([1, 2, 3]),
      encodeJson({ v: 1, ...article, name: { nested: [] } }),
      encodeJson({ v: 1, ...article, name: "N".repeat(SHARE_LIMITS.maxNameChars + 1) }),
    ];
    for (const fragment of cases) {
      expect(refusal(fragment), fragment.slice(0, 40)).toMatch(
        /^The article could not be brought in: .+\.$/,
      );
    }
  });

  it("refuses a cut link and a link that inflates past the cap, without inflating it all", () => {
    const whole = encodeJson({ v: 1, ...article, text: article.text.repeat(40) });
    expect(refusal(whole.slice(0, whole.length - 12))).toMatch(/cut off or damaged/);
    const bomb = encodeJson({
      v: 1,
      ...article,
      text: "a".repeat(SHARE_LIMITS.maxDecompressedBytes + 10),
    });
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(bomb)).toMatch(/more text than a link may/);
    expect(refusal(`add=${"A".repeat(SHARE_LIMITS.maxFragmentChars)}`)).toMatch(/longer than/);
  });
});
