import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_SOURCES } from "../analysis/compare.ts";
import ifpRaw from "../../seeds/ifp.txt?raw";
import moscowTimesRaw from "../../seeds/moscow-times.txt?raw";
import {
  encodeShareFragment,
  SHARE_LIMITS,
  shareUrl,
  validateSharedState,
  type SharedState,
} from "./link.ts";
import { decodeErr, decodeOk, inputs, two } from "./test-support.ts";

/** This module's own source files, to check what they never do. */
const moduleSources = import.meta.glob<string>(["./*.ts", "!./*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

// ---------- arbitraries ----------

/** One piece of text: any grapheme, any code point (astral included), combining marks, lone surrogates, markup. */
const textUnit = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.constantFrom(
    "\u0301",
    "e\u0308",
    "👩‍👩‍👧",
    "🇮🇷",
    "\uFEFF",
    "\r\n",
    "\u0000",
    "<script>alert(1)</script>",
    "%E2%80",
    "&amp;",
    "#v2=",
  ),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
);
const nameArb = fc
  .string({ unit: textUnit, maxLength: 40 })
  .filter((s) => s.length <= SHARE_LIMITS.maxNameChars);
const sourceArb = fc.record(
  {
    name: nameArb,
    text: fc.string({ unit: textUnit, maxLength: 400 }),
    format: fc.constantFrom("text" as const, "html" as const),
  },
  { requiredKeys: ["name", "text"], noNullPrototype: true },
);
const viewArb = fc.record(
  {
    layers: fc.array(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { maxLength: 8 }),
    selected: fc.stringMatching(/^[A-Za-z0-9._:-]{1,100}$/),
    mode: fc.constantFrom("read" as const, "class" as const),
  },
  { requiredKeys: [], noNullPrototype: true },
);
const inputsArb: fc.Arbitrary<SharedState> = fc.record(
  {
    kind: fc.constant("inputs" as const),
    sources: fc.array(sourceArb, { minLength: 2, maxLength: 6 }),
    view: viewArb,
  },
  { requiredKeys: ["kind", "sources"], noNullPrototype: true },
);
const seedArb: fc.Arbitrary<SharedState> = fc.record(
  {
    kind: fc.constant("seed" as const),
    seed: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,79}$/),
    view: viewArb,
  },
  { requiredKeys: ["kind", "seed"], noNullPrototype: true },
);

/** An empty view is the default view: the codec drops it. */
function canonical(state: SharedState): SharedState {
  const { view, ...rest } = state;
  return view && Object.keys(view).length > 0 ? { ...rest, view } : rest;
}
// ---------- round trips ----------

describe("round trip", () => {
  it("decode(encode(x)) equals x for any 2–6 sources and any view", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(inputsArb, (state) => {
        const fragment = encodeShareFragment(state);
        expect(fragment).toMatch(/^v1=[A-Za-z0-9_-]+$/);
        expect(decodeOk(fragment)).toStrictEqual(canonical(state));
        expect(decodeOk(`#${fragment}`)).toStrictEqual(canonical(state));
      }),
      { numRuns: 300 },
    );
  });

  it("decode(encode(x)) equals x for any seed link", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(seedArb, (state) => {
        expect(decodeOk(encodeShareFragment(state))).toStrictEqual(canonical(state));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps lone surrogates, a BOM and CRLF exactly (UTF-16 offsets must still match)", () => {
    const state = inputs(
      { name: "\ud800", text: "\uFEFFa\udc00b\r\n\ud83d" },
      { name: "x\udfff", text: "🇮🇷e\u0301" },
    );
    expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
  });

  it(
    "round-trips texts large enough for many DEFLATE blocks and stored blocks",
    { timeout: 30_000 },
    () => {
      const random =
        fc.sample(fc.string({ unit: "binary", minLength: 60_000, maxLength: 60_000 }), {
          numRuns: 1,
          seed: 7,
        })[0] ?? "";
      const prose = moscowTimesRaw.repeat(40);
      const state = inputs({ name: "random", text: random }, { name: "prose", text: prose });
      expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
    },
  );

  it("carries only the known fields of sources and view", () => {
    const rich = {
      kind: "inputs",
      sources: [
        { name: "A", text: "a", id: "A", file: {} },
        { name: "B", text: "b", format: "html" },
      ],
      view: { mode: "read", hovered: "A.1" },
    } as unknown as SharedState;
    expect(decodeOk(encodeShareFragment(rich))).toStrictEqual({
      kind: "inputs",
      sources: [
        { name: "A", text: "a" },
        { name: "B", text: "b", format: "html" },
      ],
      view: { mode: "read" },
    });
  });

  it("shareUrl replaces the base's own fragment", () => {
    expect(
      shareUrl("https://example.org/parallax/#old", { kind: "seed", seed: "iran-russia-ties" }),
    ).toBe("https://example.org/parallax/#seed=iran-russia-ties");
  });
});

// ---------- seed links ----------

describe("seed links", () => {
  const state: SharedState = {
    kind: "seed",
    seed: "iran-russia-ties",
    view: { layers: ["quote-shared", "variant"], selected: "A.3", mode: "class" },
  };

  it("are short and readable", () => {
    const fragment = encodeShareFragment(state);
    expect(fragment).toBe("seed=iran-russia-ties&layers=quote-shared,variant&sel=A.3&mode=class");
    expect(encodeShareFragment({ kind: "seed", seed: "iran-russia-ties" })).toBe(
      "seed=iran-russia-ties",
    );
    expect(
      encodeShareFragment({ kind: "seed", seed: "iran-russia-ties", view: { layers: [] } }),
    ).toBe("seed=iran-russia-ties&layers=");
  });

  it("are read tolerantly: any order, unknown keys ignored, first of a repeated key wins", () => {
    expect(
      decodeOk(
        "#mode=class&sel=A.3&utm_source=x&layers=quote-shared,variant&seed=iran-russia-ties&seed=other",
      ),
    ).toStrictEqual(state);
    expect(decodeOk("seed=iran-russia-ties&v=1")).toStrictEqual({
      kind: "seed",
      seed: "iran-russia-ties",
    });
    expect(decodeOk("seed=iran-russia-ties&layers=")).toStrictEqual({
      kind: "seed",
      seed: "iran-russia-ties",
      view: { layers: [] },
    });
  });

  it("are rejected when their values are not ids", () => {
    expect(decodeErr("seed=").code).toBe("invalid");
    expect(decodeErr("seed=../../etc/passwd").code).toBe("invalid");
    expect(decodeErr("seed=x&mode=edit").code).toBe("invalid");
    expect(decodeErr("seed=x&layers=a,<b>").code).toBe("invalid");
    expect(decodeErr("seed=x&sel=%E0%A4%A").code).toBe("damaged");
    expect(decodeErr(`seed=${"a".repeat(81)}`).message).toMatch(/longer than 80 characters/);
  });
});

// ---------- link length ----------

describe("link length", () => {
  const mt = moscowTimesRaw;
  const ifp = ifpRaw;
  /** The article by hand: from the headline to the first boilerplate line. */
  const article = (text: string, headline: string, boilerplate: string) =>
    text.slice(text.indexOf(headline), text.indexOf(boilerplate)).trim();
  const mtArticle = article(mt, "Iran Says It Won't", "… we have a small favor");
  const ifpArticle = article(ifp, "Iran says CIA chief", "IFP Editorial Staff");
  const view = {
    layers: ["quote-shared", "quote-paraphrased", "variant", "framing", "unique"],
    selected: "A.3",
    mode: "read",
  } as const;
  const measure = (label: string, a: string, b: string) => {
    const state: SharedState = {
      kind: "inputs",
      sources: [
        { name: "The Moscow Times", text: a },
        { name: "Iran Front Page", text: b },
      ],
      view,
    };
    const url = shareUrl("https://parallax.example/", state);
    const fragment = encodeShareFragment(state);
    console.info(
      `[share] ${label}: ${a.length + b.length} chars of text → fragment ${fragment.length} chars, URL ${url.length}`,
    );
    expect(decodeOk(fragment)).toStrictEqual(state);
    return fragment.length;
  };

  it("the seed's own link is short", () => {
    const fragment = encodeShareFragment({ kind: "seed", seed: "iran-russia-ties", view });
    console.info(
      `[share] seed link with full view: fragment ${fragment.length} chars: #${fragment}`,
    );
    expect(fragment.length).toBeLessThan(120);
  });

  it("the seed pair without boilerplate stays well under 3,000 characters", () => {
    expect(mtArticle).toMatch(/^Iran Says.*began in February\.$/s);
    expect(ifpArticle).toMatch(/^Iran says.*foreign relations\.$/s);
    expect(measure("seed pair, articles only", mtArticle, ifpArticle)).toBeLessThan(2_500);
  });

  it("a 4 KB slice of the raw pair, and the whole raw pair, stay under the warning length", () => {
    expect(
      measure("raw pair, first 2,048 chars of each (4 KB)", mt.slice(0, 2048), ifp.slice(0, 2048)),
    ).toBeLessThan(3_000);
    expect(measure("raw pair, whole files", mt, ifp)).toBeLessThan(SHARE_LIMITS.warnFragmentChars);
  });
});

// ---------- hostile content is only data ----------

describe("script in a link is inert text", () => {
  it("a name or text with markup and script decodes equal, and nothing runs", () => {
    const flag = "__parallaxShareTestRan";
    const payload = `<script>globalThis.${flag}=1</script><img src=x onerror="globalThis.${flag}=1">`;
    const state: SharedState = {
      kind: "inputs",
      sources: [
        { name: payload, text: `${payload}"); globalThis.${flag}=1; ("` },
        { name: "B", text: payload, format: "html" },
      ],
      view: { mode: "read" },
    };
    expect(decodeOk(encodeShareFragment(state))).toStrictEqual(state);
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
  });

  it("the module has no eval, Function, HTML sinks or DOM access", () => {
    expect(Object.keys(moduleSources)).toContain("./link.ts");
    for (const [file, code] of Object.entries(moduleSources)) {
      expect(code, file).not.toMatch(
        /\beval\s*\(|\bFunction\s*\(|innerHTML|outerHTML|insertAdjacentHTML|document\.|setTimeout|import\s*\(/,
      );
    }
  });
});

describe("limits", () => {
  it("match the engine and the issue", () => {
    expect(SHARE_LIMITS.maxSources).toBe(MAX_SOURCES);
    expect(SHARE_LIMITS.warnFragmentChars).toBe(8000);
  });

  it("validateSharedState lets the UI check a state before offering a link", () => {
    expect(validateSharedState(inputs(...two)).ok).toBe(true);
    const tooMany = validateSharedState(inputs(...Array.from({ length: 7 }, () => two[0])));
    expect(tooMany.ok ? undefined : tooMany.error).toMatchObject({
      code: "invalid",
      message: expect.stringMatching(/7 sources/) as unknown,
    });
  });
});
