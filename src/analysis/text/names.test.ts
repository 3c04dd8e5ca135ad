import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import {
  collapseDoubles,
  isAcronymOf,
  relateForms,
  skeleton,
  splitName,
  transcription,
  vowelsAgree,
  type NameRelation,
} from "./names.ts";
import { isAcronym } from "./tokens.ts";

describe("relateForms", () => {
  it.each([
    ["Gaddafi", "Qaddafi", "transliteration"],
    ["Gadhafi", "Qaddafi", "transliteration"],
    ["Muhammad", "Mohammad", "transliteration"],
    ["Abdulrahman", "Abdalrahman", "transliteration"],
    ["Tehran", "Teheran", "transliteration"],
    ["Johnston", "Johnstom", "typo"],
    ["Marguerite", "Margeurite", "typo"],
    ["Stefanson", "Stefansonn", "transliteration"],
    ["U.N.", "UN", "abbreviation"],
    ["Liberal", "liberal", "case"],
    ["Umar", "Omar", "transliteration"],
    ["Salim", "Selim", "transliteration"],
    ["Mohammed", "Muhamad", "transliteration"],
    ["Kadhafi", "Qaddafi", "transliteration"],
    ["Zelensky", "Zelenskyy", "transliteration"],
    ["Oleksandr", "Aleksandr", "transliteration"],
    ["Alexei", "Aleksei", "transliteration"],
    ["Yevdokia", "Evdokia", "transliteration"],
    ["Zhamal", "Jamal", "transliteration"],
    ["Qaramani", "Qiramani", "transliteration"],
    ["F.B.I.", "FBI", "abbreviation"],
    ["PRISM", "Prism", "case"],
  ] as const)("%s / %s is %s", (a, b, kind) => {
    expect(relateForms(a, b)).toBe(kind);
  });

  it.each([
    ["Iran", "Iranian"],
    ["Russia", "Russian"],
    ["China", "Chinese"],
    ["Iran", "Iraq"],
    ["Obama", "Osama"],
    ["Clinton", "Clifton"],
    ["Sunday", "Monday"],
    ["Austria", "Australia"],
    ["Smith", "Smiths"],
    ["Orlov", "Orlova"],
    ["Omar", "Amir"],
    ["Hassan", "Husayn"],
  ])("%s / %s are different words", (a, b) => {
    expect(relateForms(a, b)).toBeNull();
  });
});

describe("isAcronymOf", () => {
  it("matches initials of capitalised words", () => {
    expect(isAcronymOf("CIA", ["Central", "Intelligence", "Agency"])).toBe(true);
    expect(isAcronymOf("NATO", ["North", "Atlantic", "Treaty", "Organization"])).toBe(true);
    expect(isAcronymOf("CIA", ["Central", "Investigation", "Board"])).toBe(false);
  });
});

/** relateForms as first written (regex passes, full edit distance), which the fast one must equal. */
function referenceRelateForms(a: string, b: string): NameRelation {
  if (a === b) return null;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return "case";
  const da = la.replace(/\./g, "");
  const db = lb.replace(/\./g, "");
  if (da === db) return isAcronym(a) || isAcronym(b) ? "abbreviation" : "spelling";
  const inflection =
    /^(?:a|an|ian|ean|ese|i|is|ish|s|es|'s|’s|ns|ans|ians|ed|ing|er|ers|ist|ists|ism|ic)$/;
  const isSuffixed = (base: string, longer: string) =>
    (longer.length > base.length &&
      longer.startsWith(base) &&
      inflection.test(longer.slice(base.length))) ||
    (base.endsWith("a") &&
      longer.startsWith(base.slice(0, -1)) &&
      inflection.test(longer.slice(base.length - 1)));
  if (isSuffixed(da, db) || isSuffixed(db, da)) return null;
  const shortest = Math.min(da.length, db.length);
  if (shortest < 4) return null;
  if (da[0] !== db[0] && skeleton(da)[0] !== skeleton(db)[0]) return null;
  const d = distance(da, db);
  const diff =
    da.length === db.length ? Array.from(da).flatMap((c, i) => (c === db[i] ? [] : [i])) : [];
  const [i, j] = diff;
  if (diff.length === 2 && i !== undefined && j === i + 1 && da[i] === db[j] && da[j] === db[i])
    return "typo";
  if (da.replace(/(\p{L})\1+/gu, "$1") === db.replace(/(\p{L})\1+/gu, "$1"))
    return "transliteration";
  if (
    skeleton(da) === skeleton(db) &&
    distance(transcription(da), transcription(db)) <= Math.max(2, Math.floor(shortest / 3)) &&
    vowelsAgree(da, db)
  )
    return "transliteration";
  if (d === 1 && shortest >= 5) {
    if (da.length !== db.length) return "typo";
    const k = Array.from(da).findIndex((c, n) => c !== db[n]);
    const near: Record<string, string> = {
      q: "wa",
      w: "qeas",
      e: "wrsd",
      r: "etdf",
      t: "ryfg",
      y: "tugh",
      u: "yihj",
      i: "uojk",
      o: "ipkl",
      p: "ol",
      a: "qwsz",
      s: "awedxz",
      d: "serfcx",
      f: "drtgvc",
      g: "ftyhbv",
      h: "gyujnb",
      j: "huikmn",
      k: "jiolm",
      l: "kop",
      z: "asx",
      x: "zsdc",
      c: "xdfv",
      v: "cfgb",
      b: "vghn",
      n: "bhjm",
      m: "njk",
    };
    return (near[da.charAt(k)] ?? "").includes(db.charAt(k)) ? "typo" : null;
  }
  return null;
}

describe("relateForms equals its first, slower version", () => {
  // Letters that exercise every branch: doubles, vowels, digraphs, dots, apostrophes, capitals,
  // diacritics, a character outside the BMP, and the keyboard neighbours used by the slip test.
  const letter = fc.constantFrom(...("aaeioukqhsdnsSAOK.'’é𝒜ß".match(/./gu) ?? []));
  const word = fc.array(letter, { minLength: 1, maxLength: 9 }).map((l) => l.join(""));
  const edit = (w: string, op: number, at: number): string => {
    const i = at % Math.max(1, w.length);
    const chars = Array.from(w);
    switch (op) {
      case 0:
        return w.slice(0, i) + w.charAt(i) + w.slice(i);
      case 1:
        return w.slice(0, i) + w.slice(i + 1);
      case 2:
        return chars.length > i + 1
          ? [...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join("")
          : w;
      case 3:
        return w.slice(0, i) + "s" + w.slice(i + 1);
      case 4:
        return w.toUpperCase();
      default:
        return w + "ian";
    }
  };
  it("on related and unrelated pairs", () => {
    fc.assert(
      fc.property(
        word,
        word,
        fc.integer({ min: 0, max: 5 }),
        fc.nat(),
        fc.boolean(),
        (a, other, op, at, near) => {
          const b = near ? edit(a, op, at) : other;
          expect(relateForms(a, b)).toBe(referenceRelateForms(a, b));
          expect(collapseDoubles(a)).toBe(a.replace(/(\p{L})\1+/gu, "$1"));
        },
      ),
      { numRuns: 10_000, seed: 7 },
    );
  });
});

describe("splitName", () => {
  it("splits at every code unit the regex does", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `${ch}a${ch}${ch}b${ch}`, ch]) {
        if (JSON.stringify(splitName(text)) !== JSON.stringify(text.split(/[\s-]+/)))
          differ.push(c);
      }
    }
    expect(differ).toEqual([]);
  });

  it("on names", () => {
    for (const text of [
      "",
      "Okafor",
      "Okafor-Reyes",
      "Abdel-Malik al-Rouaished",
      "Ó Faoláin",
      "Minister  X",
      "- X -",
    ]) {
      expect(splitName(text)).toEqual(text.split(/[\s-]+/));
    }
  });
});
