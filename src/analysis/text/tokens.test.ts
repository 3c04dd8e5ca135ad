import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forgetWordForms, tokenize, WORD_PATTERN, type Token } from "./tokens.ts";

/**
 * The reference tokeniser: WORD_PATTERN run with `exec` over the slice, as `tokenize` did before it
 * became a hand-written scanner. Each token as [start, end, raw, hyphenNext].
 */
function reference(
  text: string,
  start = 0,
  end = text.length,
): [number, number, string, boolean][] {
  const word = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  const slice = text.slice(start, end);
  const out: [number, number, string, boolean][] = [];
  for (let m = word.exec(slice); m; m = word.exec(slice)) {
    const at = m.index + m[0].length;
    const after = slice.charCodeAt(at);
    const hyphenNext =
      (after === 45 || after === 0x2010 || after === 0x2011) &&
      /[\p{L}\p{N}]/u.test(slice.charAt(at + 1));
    out.push([start + m.index, start + at, m[0], hyphenNext]);
  }
  return out;
}

const shape = (tokens: readonly Token[]) =>
  tokens.map((t) => [t.start, t.end, t.raw, t.hyphenNext]);
const raws = (text: string) => tokenize(text).map((t) => t.raw);

describe("tokenize", () => {
  it("keeps dotted acronyms, with their final period only after a dotted chain", () => {
    expect(raws("The U.S. economy and the U.S.A. team.")).toEqual([
      "The",
      "U.S.",
      "economy",
      "and",
      "the",
      "U.S.A.",
      "team",
    ]);
    expect(raws("He took vitamin A. Then Plan B.C. won.")).toEqual([
      "He",
      "took",
      "vitamin",
      "A",
      "Then",
      "Plan",
      "B.C.",
      "won",
    ]);
    // A letter joins the chain only when a period follows it.
    expect(raws("the U.S")).toEqual(["the", "U", "S"]);
    expect(raws("xU.S. and 3.U.S.")).toEqual(["xU.S", "and", "3.U.S."]);
  });

  it("keeps numbers with separators whole unless a letter follows", () => {
    expect(raws("It grew 3.5 percent, to 1,000,000 people in 2024.")).toEqual([
      "It",
      "grew",
      "3.5",
      "percent",
      "to",
      "1,000,000",
      "people",
      "in",
      "2024",
    ]);
    expect(raws("3.5kg and 1.2.3a and 1,000x")).toEqual([
      "3",
      "5kg",
      "and",
      "1.2",
      "3a",
      "and",
      "1",
      "000x",
    ]);
    expect(raws("٣.٥ and 1.5\u0301")).toEqual(["٣.٥", "and", "1.5"]);
  });

  it("keeps inner apostrophes and possessives inside the word", () => {
    expect(raws("They won't sell Europe's or Europe’s gas, 'they' said.")).toEqual([
      "They",
      "won't",
      "sell",
      "Europe's",
      "or",
      "Europe’s",
      "gas",
      "they",
      "said",
    ]);
    expect(tokenize("Europe’s")[0]!.lower).toBe("europe");
  });

  it("splits hyphenated compounds and marks the joined parts", () => {
    const t = tokenize("The Paris-Berlin line, a war‐mongering non‑stop - not - so");
    expect(t.map((x) => [x.raw, x.hyphenNext])).toEqual([
      ["The", false],
      ["Paris", true],
      ["Berlin", false],
      ["line", false],
      ["a", false],
      ["war", true],
      ["mongering", false],
      ["non", true],
      ["stop", false],
      ["not", false],
      ["so", false],
    ]);
  });

  it("keeps letters with combining marks and astral letters, and offsets into the text", () => {
    expect(raws("Cafe\u0301 𝐀𝐛 São Paulo 東京")).toEqual([
      "Cafe\u0301",
      "𝐀𝐛",
      "São",
      "Paulo",
      "東京",
    ]);
    const text = "say: U.S. aid";
    expect(shape(tokenize(text, 5, 9))).toEqual([[5, 9, "U.S.", false]]);
    expect(shape(tokenize(text, 5, 8))).toEqual([
      [5, 6, "U", false],
      [7, 8, "S", false],
    ]);
  });

  it("gives every token written the same way one shared form", () => {
    const [a, b] = tokenize("Berlin, Berlin");
    expect(a!.form).toBe(b!.form);
    expect(a!.raw).toBe(a!.form.raw);
    expect([a!.lower, a!.stem, a!.capitalized]).toEqual([a!.form.lower, a!.form.stem, true]);
  });

  // Characters that exercise every branch of WORD_PATTERN: the number branch and its separators,
  // the dotted-acronym lookahead and lookbehind (with `\b` seeing only ASCII word characters),
  // both apostrophes, the three hyphens, marks, digits of other scripts, astral letters and
  // digits, emoji, lone surrogates (also made by cutting a pair with start/end).
  const units = [
    ...["a", "e", "s", "t", "A", "B", "U", "S", "0", "1", "9", ".", ".", ","],
    ...["'", "’", "-", "\u2010", "\u2011", " ", "_", "é", "É", "ß", "\u0301", "٣", "Ⅻ"],
    ...["𝐀", "𝐚", "𝟎", "😀", "\uD800", "\uDC00", "\uD835", "中", "ǅ", "Ω", "\u0903"],
  ];
  const text = fc.array(fc.constantFrom(...units), { maxLength: 40 }).map((a) => a.join(""));
  // Pieces of numbers, acronym chains and contractions, whose backtracking is subtle, so that
  // chains like x𝐀.U.S. and 1.2,3a come up often.
  const pieces = [
    "U.",
    "S.",
    "𝐀.",
    "É.",
    "A",
    "x",
    "_",
    "1",
    "2.",
    "3,",
    "٣",
    ".",
    ",",
    "'s",
    "’t",
    "-",
    "‐a",
    " ",
    "\u0301",
    "\uD835",
    "\uDC00",
    "𝟎",
  ];
  const dense = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(""));
  const withRange = fc
    .oneof(text, dense)
    .chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length })))
    .chain(([t, start]) =>
      fc.tuple(fc.constant(t), fc.constant(start), fc.integer({ min: start, max: t.length })),
    );

  it("gives exactly the matches of WORD_PATTERN", () => {
    fc.assert(
      fc.property(fc.oneof(text, dense), (t) => {
        expect(shape(tokenize(t))).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives exactly the matches of WORD_PATTERN on any slice", () => {
    fc.assert(
      fc.property(withRange, ([t, start, end]) => {
        expect(shape(tokenize(t, start, end))).toEqual(reference(t, start, end));
      }),
      { numRuns: 3000 },
    );
    // Every start and every end: a bound can cut a surrogate pair or an acronym chain anywhere.
    fc.assert(
      fc.property(dense, (t) => {
        for (let k = 0; k <= t.length; k++) {
          expect(shape(tokenize(t, k))).toEqual(reference(t, k));
          expect(shape(tokenize(t, 0, k))).toEqual(reference(t, 0, k));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives exactly the matches of WORD_PATTERN on the repository's reports, whole and by line", () => {
    const root = new URL("../../../", import.meta.url);
    const files: URL[] = [];
    const walk = (dir: URL) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, dir));
        else if (/\.(txt|html)$/.test(e.name)) files.push(new URL(e.name, dir));
      }
    };
    for (const dir of ["seeds/", "fixtures/reports/", "e2e/reports/"]) walk(new URL(dir, root));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const t = readFileSync(file, "utf8");
      expect(shape(tokenize(t)), file.pathname).toEqual(reference(t));
      for (let start = 0, end; start < t.length; start = end + 1) {
        end = t.indexOf("\n", start);
        if (end < 0) end = t.length;
        expect(shape(tokenize(t, start, end)), file.pathname).toEqual(reference(t, start, end));
      }
    }
  });
});

describe("the written-form table", () => {
  /** More distinct words than the table keeps between comparisons, between two of one word. */
  const crowded = (word: string) => {
    const letters = "bcdfghjklmnpqrstvwxz";
    const filler = Array.from({ length: 210_000 }, (_, i) => {
      let w = "";
      for (let n = i + 1; n > 0; n = Math.floor(n / letters.length))
        w += letters.charAt(n % letters.length);
      return `${w}o`;
    });
    return `${word} ${filler.join(" ")} ${word}`;
  };

  it("is never emptied within a run: one written form, one WordForm, however many forms", () => {
    const tokens = tokenize(crowded("Quillmere"));
    expect(tokens[tokens.length - 1]!.form).toBe(tokens[0]!.form);
  });

  it("is emptied between runs only once past its bound", () => {
    const before = tokenize(crowded("Tarnwick"))[0]!.form;
    forgetWordForms();
    expect(tokenize("Tarnwick")[0]!.form).not.toBe(before);
    const kept = tokenize("Tarnwick")[0]!.form;
    forgetWordForms();
    expect(tokenize("Tarnwick")[0]!.form).toBe(kept);
  });
});
