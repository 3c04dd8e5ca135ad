import { stemmer } from "stemmer";
import { hashOf, SeenForms } from "./seen-forms.ts";
import { STOPWORDS } from "../lexicons/stopwords.ts";
import { WORD_PATTERN } from "./word-pattern.ts";

export { WORD_PATTERN };

/**
 * Word tokens with offsets. A token is a run of letters, digits and combining marks, with
 * inner apostrophes (Won't, Europe's) and inner periods of dotted acronyms (U.S.) kept inside.
 * Hyphenated compounds are split into their parts (Paris-Berlin → Paris, Berlin) and each part
 * remembers that it was joined, because framing looks at whole compounds (doom-mongering).
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly raw: string;
  /** Lowercase, diacritics folded, possessive ’s removed, apostrophes unified. */
  readonly lower: string;
  /** Porter stem of `lower`: the unit of lexical similarity. */
  readonly stem: string;
  /** First letter is uppercase. */
  readonly capitalized: boolean;
  /** True when this token is joined to the next by a hyphen (no spaces). */
  readonly hyphenNext: boolean;
  /**
   * What the written form determines, shared by every token written this way: later stages can
   * key their per-word work on this one object instead of hashing strings again.
   */
  readonly form: WordForm;
}

const stemCache = new Map<string, string>();

/** Lowercases, folds diacritics and unifies apostrophes; strips a possessive ’s. */
export function normalizeWord(raw: string): string {
  let w = normalized.get(raw);
  if (w === undefined) {
    w = computeNormalized(raw);
    if (normalized.size > 200_000) normalized.clear();
    normalized.set(raw, w);
  }
  return w;
}

/** Unicode normalisation is the slowest step of tokenising, and words repeat: cached by form. */
const normalized = new Map<string, string>();

function computeNormalized(raw: string): string {
  let w = raw
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  return /\p{L}/u.test(w) ? w.replace(/\./g, "") : w;
}

/** Porter stem, cached: stemming dominates tokenisation time on long inputs. */
export function stemWord(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = /^[a-z]+$/.test(lower) && lower.length > 2 ? stemmer(lower) : lower;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/** What a token's written form determines; words repeat, so this is worked out once per form. */
export interface WordForm {
  /**
   * The form as first met. Tokens carry this one string object rather than their own copy, so
   * the Maps keyed by written form in later stages compare by identity and never rehash it.
   */
  readonly raw: string;
  readonly lower: string;
  readonly stem: string;
  readonly capitalized: boolean;
  /** `lower` is a stopword (lexicons/stopwords.ts). */
  readonly stopword: boolean;
}

/**
 * Every written form met, kept across comparisons (the worker runs many; words recur) and
 * forgotten only between them, by {@link forgetWordForms}: within one comparison a written form
 * has one WordForm, which the later stages' Maps keyed by form rely on.
 */
const forms = new Map<string, WordForm>();

/** Forms kept from earlier comparisons before the table is emptied (a long session's bound). */
const FORMS_KEPT = 200_000;

/**
 * Empties the form table if earlier comparisons filled it past {@link FORMS_KEPT}. compare() calls
 * it before reading, and nothing else does, so a table is never emptied mid-run however many forms
 * one comparison has.
 */
export function forgetWordForms(): void {
  if (forms.size <= FORMS_KEPT) return;
  forms.clear();
  seen.clear();
}

function formOf(raw: string): WordForm {
  let f = forms.get(raw);
  if (f === undefined) {
    const lower = normalizeWord(raw);
    f = {
      raw,
      lower,
      stem: stemWord(lower),
      capitalized: /^\p{Lu}/u.test(raw),
      stopword: STOPWORDS.has(lower),
    };
    forms.set(raw, f);
  }
  return f;
}

// What the Unicode property escapes of WORD_PATTERN say of a code point, as bits. KNOWN marks a
// filled table entry, HIGH a high surrogate (a pair may follow), PAIR a code point of two units.
const L = 1;
const M = 2;
const N = 4;
const LU = 8;
const KNOWN = 16;
const HIGH = 32;
const PAIR = 64;

const IS_L = /\p{L}/u;
const IS_M = /\p{M}/u;
const IS_N = /\p{N}/u;
const IS_LU = /\p{Lu}/u;

/** The classes of a code point, by the same property tests the regex makes. */
function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (
    KNOWN |
    (IS_L.test(ch) ? L : 0) |
    (IS_M.test(ch) ? M : 0) |
    (IS_N.test(ch) ? N : 0) |
    (IS_LU.test(ch) ? LU : 0)
  );
}

/**
 * Classes of each UTF-16 code unit taken as a code point on its own (a lone surrogate is none of
 * L, M, N), filled on first sight; ASCII and the high surrogates are filled up front.
 */
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT[c] = classify(c);
UNIT.fill(KNOWN | HIGH, 0xd800, 0xdc00);
const ASTRAL = new Map<number, number>();

function unitClass(c: number): number {
  let k = UNIT[c] ?? 0;
  if (k === 0) k = UNIT[c] = classify(c);
  return k;
}

/** Classes of the code point starting at `i` (< end), reading no further than `end`. */
function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  const k = unitClass(c);
  if ((k & HIGH) === 0) return k;
  const d = i + 1 < end ? text.charCodeAt(i + 1) : 0;
  if ((d & 0xfc00) !== 0xdc00) return KNOWN;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let a = ASTRAL.get(cp);
  if (a === undefined) {
    if (ASTRAL.size > 10_000) ASTRAL.clear();
    ASTRAL.set(cp, (a = classify(cp) | PAIR));
  }
  return a;
}

/** Where the run of code points with a class in `mask` that starts at `p` ends. */
function runEnd(text: string, p: number, end: number, mask: number): number {
  while (p < end) {
    let k = UNIT[text.charCodeAt(p)] ?? 0;
    if ((k & (KNOWN | HIGH)) !== KNOWN) k = classAt(text, p, end);
    if ((k & mask) === 0) break;
    p += k & PAIR ? 2 : 1;
  }
  return p;
}

/** The regex's first branch, `\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])`, at `i`: its end, or -1. */
function numberEnd(text: string, i: number, end: number): number {
  let p = runEnd(text, i, end, N);
  let groups = 0;
  let before = p; // the end of the group before the last
  while (p + 1 < end) {
    const c = text.charCodeAt(p);
    if (c !== 46 && c !== 44) break;
    const q = runEnd(text, p + 1, end, N);
    if (q === p + 1) break;
    before = p;
    p = q;
    groups++;
  }
  if (groups === 0) return -1;
  // Every run is maximal, so what follows is no digit; when it is a letter, backtracking drops
  // the last group, after which a separator follows.
  if (p === end || (classAt(text, p, end) & L) === 0) return p;
  return groups > 1 ? before : -1;
}

/** True for ASCII [A-Za-z0-9_], what `\b` looks at in a `u` regex without `i`. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Where the code point ending at `q` starts when it is \p{Lu}, looking no earlier than `start`; else -1. */
function upperBefore(text: string, q: number, start: number): number {
  if (q <= start) return -1;
  const d = text.charCodeAt(q - 1);
  if ((d & 0xfc00) === 0xdc00 && q - 2 >= start) {
    const c = text.charCodeAt(q - 2);
    if ((c & 0xfc00) === 0xd800) return classAt(text, q - 2, q) & LU ? q - 2 : -1;
  }
  return unitClass(d) & LU ? q - 1 : -1;
}

/** The lookbehind `(?<=\b\p{Lu}(?:\.\p{Lu})+)` at `q`. */
function acronymBefore(text: string, q: number, start: number): boolean {
  let b = upperBefore(text, q, start);
  while (b > start && text.charCodeAt(b - 1) === 46) {
    b = upperBefore(text, b - 1, start);
    if (b < 0) return false;
    if (isWordUnit(b > start ? text.charCodeAt(b - 1) : -1) !== isWordUnit(text.charCodeAt(b)))
      return true;
  }
  return false;
}

/** The regex's second branch after its first code point, from `p`: its end. */
function wordEnd(text: string, p: number, end: number, start: number): number {
  p = runEnd(text, p, end, L | M | N);
  // (?:['’][\p{L}\p{M}]+)*
  while (p + 1 < end) {
    const c = text.charCodeAt(p);
    if (c !== 39 && c !== 0x2019) break;
    const q = runEnd(text, p + 1, end, L | M);
    if (q === p + 1) break;
    p = q;
  }
  // (?:\.(?=\p{Lu}\.)\p{Lu})*
  while (p + 2 < end && text.charCodeAt(p) === 46) {
    const k = classAt(text, p + 1, end);
    if ((k & LU) === 0) break;
    const q = p + (k & PAIR ? 3 : 2);
    if (q >= end || text.charCodeAt(q) !== 46) break;
    p = q;
  }
  // (?:(?<=\b\p{Lu}(?:\.\p{Lu})+)\.)?
  if (p < end && text.charCodeAt(p) === 46 && acronymBefore(text, p, start)) p++;
  return p;
}

const seen = new SeenForms();

/**
 * Tokenises `text.slice(start, end)`, returning offsets into `text`.
 *
 * The tokens are exactly the matches of WORD_PATTERN on that slice, found by a hand-written
 * scanner over char codes, for speed: running the regex with `exec` per token (the builtin's
 * overhead, a match array per token, the property tests) and looking each match up in `forms`
 * was about a quarter of the engine's time on small inputs. Measured on node 20 (median CPU time,
 * paragraph by paragraph), this tokenises about 1.5–1.9× as fast on makeStory text and 2–2.5× on
 * the seeds. The scanner follows each part of the regex, including its backtracking outcomes, and
 * tokens.test.ts holds it to the regex with a property test. It reads no code unit outside
 * [start, end), as the regex sees only the slice: a surrogate pair cut by a bound is two lone
 * surrogates, and the lookbehind sees nothing before `start`.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    let k = UNIT[text.charCodeAt(i)] ?? 0;
    if ((k & (KNOWN | HIGH)) !== KNOWN) k = classAt(text, i, end);
    if ((k & (L | N)) === 0) {
      i += k & PAIR ? 2 : 1;
      continue;
    }
    // At a letter or digit the regex always matches: the number branch first, then the word.
    let j = k & N ? numberEnd(text, i, end) : -1;
    if (j < 0) j = wordEnd(text, i + (k & PAIR ? 2 : 1), end, start);
    const h = hashOf(text, i, j);
    let f = seen.find(text, i, j, h);
    if (f === undefined) {
      f = formOf(text.slice(i, j));
      seen.add(f, h);
    }
    let hyphenNext = false;
    if (j + 1 < end) {
      const a = text.charCodeAt(j);
      // The character after the hyphen is tested on its own, a code unit (as `charAt` gives it).
      if (a === 45 || a === 0x2010 || a === 0x2011)
        hyphenNext = (unitClass(text.charCodeAt(j + 1)) & (L | N)) !== 0;
    }
    out.push({
      start: i,
      end: j,
      raw: f.raw,
      lower: f.lower,
      stem: f.stem,
      capitalized: f.capitalized,
      hyphenNext,
      form: f,
    });
    i = j;
  }
  return out;
}

/** True when `s` starts with an ASCII digit (the test `/^\d/` makes, without a regex). */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** True for a token written in capitals only, like NATO or U.N. (two letters or more). */
export function isAcronym(raw: string): boolean {
  const letters = raw.replace(/\./g, "");
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters);
}

/** A headline in title case capitalises common words too; its capitals say nothing about names. */
export function isTitleCased(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => t.raw.length > 3);
  return long.length > 2 && long.filter((t) => t.capitalized).length / long.length > 0.8;
}
