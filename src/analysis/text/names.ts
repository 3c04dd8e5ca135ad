import { distance } from "fastest-levenshtein";
import { isSpace } from "./quote-marks.ts";
import { isAcronym } from "./tokens.ts";
import { letterFamilies, vowelQualities } from "../lexicons/name-transliteration.ts";

/**
 * String tests for "the same name written differently". Pure string logic: whether two forms
 * really are one entity is decided with context by the callers (similarity.ts folds candidates
 * that occur in different sources; variants/ also requires them to play the same role in
 * aligned sentences).
 */

/**
 * Particles that stand inside personal and place names and are written lowercase: the Arabic
 * article and patronymics (Abd al-Basit, Yusuf bin Hamid), Dutch, German, French, Spanish,
 * Italian and Portuguese particles (Ludwig van Beethoven, Charles de Gaulle, Leonardo da Vinci).
 */
export const NAME_PARTICLES: readonly string[] = [
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "van",
  "von",
  "de",
  "da",
  "di",
  "du",
  "del",
  "der",
  "la",
  "le",
];

/**
 * The Arabic article as transliterations write it before a "sun letter" or after a vowel
 * (Abd ar-Rahman, Abu as-Sayyid, Nasir ud-Din): name particles too, but English words as well,
 * so only where a name is already known to be one.
 */
export const ASSIMILATED_ARTICLES: readonly string[] = ["ul", "ad", "ar", "as", "ash", "at"];

export type NameRelation = "case" | "transliteration" | "typo" | "spelling" | "abbreviation" | null;

/**
 * A transliteration skeleton: romanisations of one name (Okafor/Okaafor, Gaddafi/Qaddafi/
 * Gadhafi, Mohammad/Muhammad) differ mostly in vowels, doubled letters, the h of digraphs, and
 * q/k/g, j/dj/zh or x/ks for the same sound. The skeleton is the word's `transcription` without
 * its vowels, an initial vowel written "a" (Umar / Omar). The letter families and their
 * sources are in `lexicons/name-transliteration.ts`.
 */
export function skeleton(word: string): string {
  return phoneticOf(word).skeleton;
}

/**
 * The word with every consonant family folded to one letter, h dropped after the first letter
 * and doubled letters single, vowels kept: "Qaddafi" → "kadafi", "Aleksei" and "Alexei" →
 * "aleksei". Skeletons compare its consonants, `vowelsAgree` its vowels.
 */
export function transcription(word: string): string {
  return phoneticOf(word).transcription;
}

interface Phonetic {
  readonly transcription: string;
  readonly skeleton: string;
}

/** Asked for every pair of name forms; each is a chain of regex passes. */
const phonetics = new Map<string, Phonetic>();

function phoneticOf(word: string): Phonetic {
  let cached = phonetics.get(word);
  if (cached === undefined) {
    const t = computeTranscription(word);
    const first = t.charAt(0);
    const rest = t.slice(1).replace(VOWELS, "");
    cached = { transcription: t, skeleton: (isVowel(first) ? "a" : first) + rest };
    if (phonetics.size > 50_000) phonetics.clear();
    phonetics.set(word, cached);
  }
  return cached;
}

const VOWELS = /[aeiou]/g;
const isVowel = (c: string) => c === "a" || c === "e" || c === "i" || c === "o" || c === "u";

/** Longest written group first, so "tsch" is read before "ch" and "ch" before "c". */
const FAMILY_OF = new Map(letterFamilies.flatMap((f) => f.written.map((w) => [w, f.as] as const)));
const FAMILY = new RegExp(
  [...FAMILY_OF.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join("|"),
  "g",
);

function computeTranscription(word: string): string {
  let w = word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  // The article written onto the name (Alsaadi, Elmasri), not the first syllable of one that
  // begins with a vowel after it (Alexei, Elena), or with y (Alyosha).
  w = w.replace(/['’ʿʾ`-]/g, "").replace(/^(?:al|el|ul)(?=[b-df-hj-np-tv-xz]\p{L}{2})/u, "");
  // Cyrillic е begins with y in English systems only (Yelizaveta / Elizaveta); German and Slavic j is
  // English y after a consonant or at the end (Fjodor / Fyodor, Andrej / Andrey); French writes
  // u as ou and w as ou before a vowel (Abou / Abu, Ouahbi / Wahbi); English writes u as oo and
  // i as ee (Toofan / Tufan, Jameel / Jamil); w before a consonant is the vowel u (Belarusian ў:
  // Pawliuk / Pauliuk; Arabic aw: Nowruz / Nouruz), but for an initial w, the v of German and
  // Polish spellings (Wladimir / Vladimir).
  w = w
    .replace(/^ye/, "e")
    .replace(/([bcfgklmnprsvx])j(?=[aeiou])/g, "$1y")
    .replace(/([aeiou])j$/, "$1i")
    .replace(/ou(?=[aei])/g, "w")
    .replace(/ou|oo/g, "u")
    .replace(/ee/g, "i")
    .replace(/(?<=\p{L})w(?![aeiouy])/gu, "u")
    .replace(/y/g, "i");
  w = w.replace(FAMILY, (m) => FAMILY_OF.get(m) ?? m);
  if (w.length > 1) w = w.charAt(0) + w.slice(1).replace(/h/g, "");
  return collapseDoubles(w);
}

/**
 * Do the vowels of two words with one skeleton stand for the same vowels? Between each two
 * consonants, the vowels written must share a quality (`vowelQualities`: Muhammad / Mohamed, Salim
 * / Selim), or one side writes none (Abdulghani / Abdlghani). Arabic script leaves short vowels
 * unwritten, so romanisations guess them: a long skeleton (four consonants or more) may differ
 * in one place (Qaramani / Qiramani, Oleksandr / Aleksandr); a short one may not (Omar / Amir,
 * Hassan / Husayn), unless the caller knows more (`tolerance`: the family name of a person whose
 * other names agree).
 */
export function vowelsAgree(a: string, b: string, tolerance = 0): boolean {
  const ta = transcription(a);
  const tb = transcription(b);
  const sa = ta.split(CONSONANT);
  const sb = tb.split(CONSONANT);
  if (sa.length !== sb.length) return false;
  let allowed = (sa.length - 1 >= 4 ? 1 : 0) + tolerance;
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i] ?? "";
    const y = sb[i] ?? "";
    // One side writes no vowel here: an unwritten short vowel (Abdulghani / Abdlghani), but
    // not a long vowel or diphthong between consonants, which every system writes (the Arabic
    // diminutive: Hamdan / Humaydan). A final vowel comes and goes (Aleksei / Aleks).
    if (x === "" || y === "") {
      if (i === sa.length - 1 || (x.length < 2 && y.length < 2)) continue;
    } else if (shareQuality(x, y)) continue;
    if (--allowed < 0) return false;
  }
  return true;
}

const CONSONANT = /[^aeiou]/;

function shareQuality(x: string, y: string): boolean {
  for (const c of x) {
    const q = vowelQualities[c] ?? "";
    for (const d of y) for (const r of vowelQualities[d] ?? "") if (q.includes(r)) return true;
  }
  return false;
}

/**
 * Runs of one repeated letter collapsed to one (Okaafor → Okafor), as
 * `w.replace(/(\p{L})\1+/gu, "$1")`. Plain ASCII, the usual case, is done in one loop without
 * a regex; anything else goes through the regex, which knows every script's letters.
 */
export function collapseDoubles(w: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w.replace(/(\p{L})\1+/gu, "$1");
    const letter = (c | 32) >= 97 && (c | 32) <= 122; // A-Z, a-z
    if (i > 0 && letter && c === w.charCodeAt(i - 1)) {
      out += w.slice(from, i);
      while (i + 1 < w.length && w.charCodeAt(i + 1) === c) i++;
      from = i + 1;
    }
  }
  return from === 0 ? w : out + w.slice(from);
}

/**
 * The words of a name, `text.split(/[\s-]+/)`, by one scan: every name form is split, and the
 * regex split allocates several times more.
 */
export function splitName(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 45 && !isSpace(c)) continue;
    parts.push(text.slice(start, i));
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d !== 45 && !isSpace(d)) break;
    }
    start = j;
    i = j - 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Derivational endings that make a different word (Kenya/Kenyan, Brazil/Brazilian, Smith/Smiths),
 * and the feminine -a of Slavic family names (Orlov / Orlova: two people of one family).
 */
const INFLECTION =
  /^(?:a|an|ian|ean|ese|i|is|ish|s|es|'s|’s|ns|ans|ians|ed|ing|er|ers|ist|ists|ism|ic)$/;

const withoutDots = (s: string) => (s.includes(".") ? s.replace(/\./g, "") : s);

/**
 * How `a` and `b` relate as written forms of one name, or null. Both are single tokens or short
 * phrases as written. Inflectional and derivational pairs are never variants.
 *
 * similarity.ts asks this for every pair of capitalised forms that share a first letter, and
 * nearly all such pairs are unrelated: the cheap linear tests run first, and the edit distance
 * is computed only when the skeletons agree (the one test that needs its exact value).
 */
export function relateForms(a: string, b: string): NameRelation {
  if (a === b) return null;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return "case";
  const da = withoutDots(la);
  const db = withoutDots(lb);
  if (da === db) return isAcronym(a) || isAcronym(b) ? "abbreviation" : "spelling";
  if (isSuffixed(da, db) || isSuffixed(db, da)) return null;
  const shortest = Math.min(da.length, db.length);
  if (shortest < 4) return null;
  if (da[0] !== db[0] && skeleton(da)[0] !== skeleton(db)[0]) return null;
  if (isTransposition(da, db)) return "typo";
  if (collapseDoubles(da) === collapseDoubles(db)) return "transliteration";
  if (skeleton(da) === skeleton(db) && transliterates(da, db, shortest)) return "transliteration";
  // da !== db here, so "distance 1" is "at most one edit".
  if (shortest >= 5 && oneEditApart(da, db) && isKeyboardSlip(da, db)) return "typo";
  return null;
}

/**
 * Two words with one skeleton (the caller checks) are one name when their transcriptions are a few edits apart and
 * their vowels agree (Mohammed / Muhammad, not Omar / Amir).
 */
export function transliterates(a: string, b: string, shortest: number, tolerance = 0): boolean {
  return (
    distance(transcription(a), transcription(b)) <= Math.max(2, Math.floor(shortest / 3)) &&
    vowelsAgree(a, b, tolerance)
  );
}

/** At most one inserted, deleted or replaced UTF-16 unit (Levenshtein distance ≤ 1), in one pass. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Past the first difference, skip one unit of the longer string (of both, if equally long):
  // what is left must then be equal, and is equally long.
  let x = a.length >= b.length ? i + 1 : i;
  let y = b.length >= a.length ? i + 1 : i;
  for (; x < a.length; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  return true;
}

/**
 * One slip of the fingers: an inserted or dropped letter, two swapped letters, or a letter
 * replaced by a neighbour on a QWERTY keyboard (Damerau 1964; most single-letter substitutions in
 * typed text are adjacent keys). Obama/Osama or Clinton/Clifton are different names, not slips.
 */
function isKeyboardSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return true;
  const k = Array.from(a).findIndex((c, i) => c !== b[i]);
  const x = a.charAt(k);
  const y = b.charAt(k);
  return (KEY_NEIGHBOURS[x] ?? "").includes(y);
}

const KEY_NEIGHBOURS: Readonly<Record<string, string>> = {
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

/**
 * Two neighbouring letters swapped (Margeurite / Marguerite): exactly two differing positions,
 * adjacent and crossed. Positions count code points of `a` against UTF-16 units of `b`, as
 * the original `[...a]` comparison did; without surrogates in `a` the two coincide, so the plain
 * loop (no array per pair) is used and anything else falls back to the code-point array.
 */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return isTranspositionByCodePoints(a, b);
    if (c !== b.charCodeAt(i)) {
      if (++count > 2) return false;
      if (count === 1) first = i;
      else if (i !== first + 1) return false;
    }
  }
  return count === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}

function isTranspositionByCodePoints(a: string, b: string): boolean {
  const diff = Array.from(a).flatMap((c, i) => (c === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** `longer` is `base` plus an inflection, or `base` with its final a replaced by one (Kenya/Kenyan). */
function isSuffixed(base: string, longer: string): boolean {
  return (
    (longer.length > base.length &&
      longer.startsWith(base) &&
      INFLECTION.test(longer.slice(base.length))) ||
    (base.endsWith("a") &&
      longer.startsWith(base.slice(0, -1)) &&
      INFLECTION.test(longer.slice(base.length - 1)))
  );
}

/** Does `acronym` (NATO, U.N.) spell the initials of the capitalised words of `phrase`? */
export function isAcronymOf(acronym: string, phrase: readonly string[]): boolean {
  const letters = acronym.replace(/\./g, "");
  if (!isAcronym(acronym) || phrase.length < 2 || phrase.length > 8) return false;
  const initials = phrase
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join("");
  return initials === letters && phrase.filter((w) => /^\p{Lu}/u.test(w)).length === letters.length;
}
