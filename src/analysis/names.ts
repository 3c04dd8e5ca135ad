import { distance } from "fastest-levenshtein";
import { isAcronym } from "./tokens.ts";

/**
 * String tests for "the same name written differently". Pure string logic: whether two forms
 * really are one entity is decided with context by the callers (similarity.ts folds candidates
 * that occur in different sources; variants.ts also requires them to play the same role in
 * aligned sentences).
 */

export type NameRelation = "case" | "transliteration" | "typo" | "spelling" | "abbreviation" | null;

/**
 * A transliteration skeleton: romanisations of one name (Okafor/Okaafor, Gaddafi/Qaddafi/
 * Gadhafi, Mohammad/Muhammad) differ mostly in vowels, doubled letters, the h of digraphs, and
 * q/k/g or j/dj for the same sound. The rules follow the common divergences between the
 * ALA-LC, BGN/PCGN and journalistic romanisations of Arabic and Persian names.
 */
export function skeleton(word: string): string {
  let cached = skeletons.get(word);
  if (cached === undefined) {
    cached = computeSkeleton(word);
    if (skeletons.size > 50_000) skeletons.clear();
    skeletons.set(word, cached);
  }
  return cached;
}

/** Skeletons are asked for every pair of name forms; each is a chain of regex passes. */
const skeletons = new Map<string, string>();

function computeSkeleton(word: string): string {
  let w = word.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  w = w.replace(/['’ʿʾ`-]/g, "").replace(/^(?:al|el|ul)(?=\p{L}{3})/u, "");
  w = w.replace(/dh/g, "d").replace(/kh/g, "k").replace(/gh/g, "g").replace(/th/g, "t").replace(/sh/g, "s").replace(/ph/g, "f");
  w = w.replace(/[qgc]/g, "k").replace(/dj|j/g, "j").replace(/[zx]/g, "s").replace(/w/g, "v").replace(/y/g, "i");
  w = w.replace(/(\p{L})\1+/gu, "$1");
  const first = w.charAt(0);
  return first + w.slice(1).replace(/[aeiouh]/g, "");
}

/** Derivational endings that make a different word (Kenya/Kenyan, Brazil/Brazilian, Smith/Smiths). */
const INFLECTION = /^(?:an|ian|ean|ese|i|is|ish|s|es|'s|’s|ns|ans|ians|ed|ing|er|ers|ist|ists|ism|ic)$/;

/**
 * How `a` and `b` relate as written forms of one name, or null. Both are single tokens or short
 * phrases as written. Inflectional and derivational pairs are never variants.
 */
export function relateForms(a: string, b: string): NameRelation {
  if (a === b) return null;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return "case";
  const da = la.replace(/\./g, "");
  const db = lb.replace(/\./g, "");
  if (da === db) return isAcronym(a) || isAcronym(b) ? "abbreviation" : "spelling";
  if (isSuffixed(da, db) || isSuffixed(db, da)) return null;
  const shortest = Math.min(da.length, db.length);
  if (shortest < 4) return null;
  if (da[0] !== db[0] && skeleton(da)[0] !== skeleton(db)[0]) return null;
  const d = distance(da, db);
  if (isTransposition(da, db)) return "typo";
  const onlyDoubling = da.replace(/(\p{L})\1+/gu, "$1") === db.replace(/(\p{L})\1+/gu, "$1");
  if (onlyDoubling) return "transliteration";
  if (skeleton(da) === skeleton(db) && d <= Math.max(2, Math.floor(shortest / 3))) return "transliteration";
  if (d === 1 && shortest >= 5 && isKeyboardSlip(da, db)) return "typo";
  return null;
}

/**
 * One slip of the fingers: an inserted or dropped letter, two swapped letters, or a letter
 * replaced by a neighbour on a QWERTY keyboard (Damerau 1964; most single-letter substitutions in
 * typed text are adjacent keys). Obama/Osama or Clinton/Clifton are different names, not slips.
 */
function isKeyboardSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return true;
  const k = [...a].findIndex((c, i) => c !== b[i]);
  const x = a.charAt(k);
  const y = b.charAt(k);
  return (KEY_NEIGHBOURS[x] ?? "").includes(y);
}

const KEY_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: "wa", w: "qeas", e: "wrsd", r: "etdf", t: "ryfg", y: "tugh", u: "yihj", i: "uojk", o: "ipkl", p: "ol",
  a: "qwsz", s: "awedxz", d: "serfcx", f: "drtgvc", g: "ftyhbv", h: "gyujnb", j: "huikmn", k: "jiolm", l: "kop",
  z: "asx", x: "zsdc", c: "xdfv", v: "cfgb", b: "vghn", n: "bhjm", m: "njk",
};

/** Two neighbouring letters swapped (Margeurite / Marguerite). */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

function isSuffixed(base: string, longer: string): boolean {
  return longer.length > base.length && longer.startsWith(base) && INFLECTION.test(longer.slice(base.length))
    || (base.endsWith("a") && longer.startsWith(base.slice(0, -1)) && INFLECTION.test(longer.slice(base.length - 1)));
}

/** Does `acronym` (NATO, U.N.) spell the initials of the capitalised words of `phrase`? */
export function isAcronymOf(acronym: string, phrase: readonly string[]): boolean {
  const letters = acronym.replace(/\./g, "");
  if (!isAcronym(acronym) || phrase.length < 2 || phrase.length > 8) return false;
  const initials = phrase.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("");
  return initials === letters && phrase.filter((w) => /^\p{Lu}/u.test(w)).length === letters.length;
}
