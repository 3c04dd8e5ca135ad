import { stemmer } from "stemmer";
import { STOPWORDS } from "./lexicons/stopwords.ts";

/**
 * Word tokens with offsets. A token is a run of letters, digits and combining marks, with
 * inner apostrophes (Won't, Europe's) and inner periods of dotted acronyms (U.S.) kept inside.
 * Hyphenated compounds are split into their parts (Paris-Berlin → Paris, Berlin) and each part
 * remembers that it was joined, because framing looks at whole compounds (war-mongering).
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

// Letters, marks and digits, allowing ' ’ and . between letters (won't, U.S.), and a final
// period only after a single letter chain like U.S. — never the sentence's full stop.
const WORD = /\p{N}+(?:[.,]\p{N}+)+(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:\.(?=\p{Lu}\.)\p{Lu})*(?:(?<=\b\p{Lu}(?:\.\p{Lu})+)\.)?/gu;

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
  let w = raw.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/’/g, "'");
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

const forms = new Map<string, WordForm>();

function formOf(raw: string): WordForm {
  let f = forms.get(raw);
  if (f === undefined) {
    const lower = normalizeWord(raw);
    f = { raw, lower, stem: stemWord(lower), capitalized: /^\p{Lu}/u.test(raw), stopword: STOPWORDS.has(lower) };
    if (forms.size > 200_000) forms.clear();
    forms.set(raw, f);
  }
  return f;
}

/** Tokenises `text.slice(start, end)`, returning offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const raw = m[0];
    const s = start + m.index;
    const f = formOf(raw);
    const after = slice.charCodeAt(m.index + raw.length);
    const hyphenNext =
      (after === 45 || after === 0x2010 || after === 0x2011) &&
      /[\p{L}\p{N}]/u.test(slice.charAt(m.index + raw.length + 1));
    out.push({ start: s, end: s + raw.length, raw: f.raw, lower: f.lower, stem: f.stem, capitalized: f.capitalized, hyphenNext, form: f });
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
