import { isReporting, type Doc, type DocSentence } from "../read/document.ts";
import { ASSIMILATED_ARTICLES, NAME_PARTICLES, skeleton, splitName } from "../text/names.ts";
import { isSpace } from "../text/quote-marks.ts";
import { isAcronym, isTitleCased, type Token } from "../text/tokens.ts";
import { oneSyllable } from "../lexicons/name-transliteration.ts";
import { IntList } from "./int-list.ts";
import { nameWords, type NameWords } from "./name-match.ts";

/*
 * The written forms of names in one source (capitalised words, acronyms and multi-word names),
 * each with its occurrences and what the comparisons read of its text, derived once.
 */

/** One place a form is written. */
export interface Occurrence {
  readonly sentence: DocSentence;
  /** Token range [first, last] inside the sentence. */
  readonly first: number;
  readonly last: number;
  /** View-coordinate span of the form (kept as numbers: a span object is made only for output). */
  readonly start: number;
  readonly end: number;
  /**
   * Token range [runFirst, runLast] of the whole name run the occurrence stands in ("bin Walid"
   * in "Khalid bin Walid"); [first, last] itself when it stands alone.
   */
  readonly runFirst: number;
  readonly runLast: number;
}

/**
 * A written form in one source. Everything the comparisons read about the text is derived once
 * here, since each form meets many others.
 */
export interface Form {
  readonly doc: number;
  readonly text: string;
  /** Letters only, lowercase, diacritics folded: "okaforreyes". */
  readonly key: string;
  /** `text` lowercased. */
  readonly lower: string;
  /** `text` split at spaces and hyphens. */
  readonly parts: readonly string[];
  /** Tokens the form spans. */
  readonly words: number;
  /** Several tokens, or one with a hyphen, apostrophe or space in it. */
  readonly compound: boolean;
  readonly acronym: boolean;
  /** Capital initials of `parts` when there are 2 to 8 of them (the key an acronym is filed under). */
  readonly initials: string | undefined;
  /** For names of several tokens: the transliteration skeleton without particles, else "". */
  readonly nameSkeleton: string;
  /** For compound forms: the words compared as a personal name (variants/name-match.ts). */
  readonly person: NameWords | undefined;
  /** In document order (sentence, then token). */
  readonly occurrences: Occurrence[];
  /** Built on first use, by `bySentence`, `neighboursOf` and one-person.ts. */
  bySentence?: ReadonlyMap<number, readonly Occurrence[]>;
  wholeNames?: {
    readonly names: readonly NameWords[];
    readonly withoutFirst: readonly NameWords[];
  };
  neighbours?: { readonly before: Neighbours; readonly after: Neighbours };
}

/** The words on one side of a form's occurrences. */
export interface Neighbours {
  readonly stems: ReadonlySet<string>;
  /** Distinct written forms of the capitalised ones. */
  readonly capitals: readonly string[];
}

const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "in",
  "on",
  "at",
  "it",
  "he",
  "she",
  "they",
  "we",
  "but",
  "and",
  "last",
  "according",
]);
/** Particles inside names, dropped when comparing transliterations (al-, el-, bin, ibn, van, de). */
const PARTICLES = new Set([...NAME_PARTICLES, ...ASSIMILATED_ARTICLES]);

/** A-Z, a-z or 0-9. */
const isAsciiAlphanumeric = (c: number) =>
  ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);

/**
 * Letters and digits only, lowercase, diacritics folded. Plain ASCII (nearly every name) needs no
 * Unicode normalisation, and letters and digits alone not even the regex.
 */
function foldKey(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128)
      return s
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, "");
    if (!isAsciiAlphanumeric(c)) plain = false;
  }
  return plain ? s.toLowerCase() : s.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** The first letters of the words that start with a capital, as `/^\p{Lu}/u` decides (plain A-Z without it). */
function capitalInitials(parts: readonly string[]): string {
  let initials = "";
  for (const w of parts) {
    const c = w.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w)) initials += w.charAt(0);
  }
  return initials;
}

/**
 * `PARTICLES.has(foldKey(w))`. Particles have at most four letters, so a longer word of ASCII
 * letters and digits (which folding only lowercases) is none, and needs no folded copy.
 */
function isParticle(w: string): boolean {
  if (w.length > 4) {
    let plain = true;
    for (let i = 0; i < w.length && plain; i++) plain = isAsciiAlphanumeric(w.charCodeAt(i));
    if (plain) return false;
  }
  return PARTICLES.has(foldKey(w));
}

/** `s` without a final possessive ’s, as `s.replace(/['’]s$/, "")`; runs for every capitalised token. */
export function withoutPossessive(s: string): string {
  const n = s.length;
  if (n >= 2 && s.charCodeAt(n - 1) === 115 /* s */) {
    const q = s.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return s.slice(0, -2);
  }
  return s;
}

/** What a form's text alone determines. */
interface Spelling {
  readonly key: string;
  readonly lower: string;
  readonly parts: readonly string[];
  /** A hyphen, apostrophe or space in the text (/[-'’\s]/; a hyphen or space splits it in parts). */
  readonly joined: boolean;
  readonly acronym: boolean;
  readonly initials: string | undefined;
  /** The particle-free transliteration skeleton, once a name of several tokens asks for it. */
  nameSkeleton?: string;
  /** The words compared as a personal name, once a compound form asks for them. */
  person?: NameWords;
}

/**
 * Spellings by text, kept across runs like the other caches of written forms (tokens.ts,
 * `skeleton`): a name recurs in every source that reports it, and from one run to the next.
 */
const spellings = new Map<string, Spelling>();

function spellingOf(text: string): Spelling {
  let sp = spellings.get(text);
  if (sp === undefined) {
    const parts = splitName(text);
    sp = {
      key: foldKey(text),
      lower: text.toLowerCase(),
      parts,
      joined: parts.length > 1 || text.includes("'") || text.includes("’"),
      acronym: isAcronym(text),
      initials: parts.length >= 2 && parts.length <= 8 ? capitalInitials(parts) : undefined,
    };
    if (spellings.size > 50_000) spellings.clear();
    spellings.set(text, sp);
  }
  return sp;
}

/** A capitalised token that can be part of a name (not a capitalised sentence starter like "The"). */
function isCapital(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.capitalized && !(i === 0 && SENTENCE_STARTERS.has(t.lower));
}

/** Capitalised words, acronyms and multi-word names of a document's reporting sentences. */
export function collectForms(doc: Doc): Form[] {
  const view = doc.view;
  const byText = new Map<string, Form>();
  const add = (
    text: string,
    words: number,
    sentence: DocSentence,
    first: number,
    last: number,
    start: number,
    runFirst: number,
    runLast: number,
  ) => {
    let f = byText.get(text);
    if (!f) {
      const sp = spellingOf(text);
      f = {
        doc: doc.index,
        text,
        key: sp.key,
        lower: sp.lower,
        parts: sp.parts,
        words,
        compound: words > 1 || sp.joined,
        acronym: sp.acronym,
        initials: sp.initials,
        nameSkeleton:
          words > 1
            ? (sp.nameSkeleton ??= skeleton(sp.parts.filter((w) => !isParticle(w)).join("")))
            : "",
        person: words > 1 || sp.joined ? (sp.person ??= nameWords(sp.parts)) : undefined,
        occurrences: [],
      };
      byText.set(text, f);
    }
    f.occurrences.push({
      sentence,
      first,
      last,
      start,
      end: start + text.length,
      runFirst,
      runLast,
    });
  };
  // One pass over the tokens finds both the single words and the runs of several (multi-word
  // names: capitalised words joined by spaces, hyphens, apostrophes or particles); the runs'
  // forms are added after the sentence's single words, as two passes would.
  const runs = runScratch;
  for (const sentence of doc.sentences) {
    if (!isReporting(sentence.role)) continue;
    if (sentence.role === "headline" && isTitleCased(sentence.tokens)) continue;
    const tokens = sentence.tokens;
    runs.clear();
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !isCapital(tokens, i)) continue;
      if (i > runEnd) {
        // Not inside the run started before: this token starts one (of one token, or more).
        runStart = i;
        runEnd = runFrom(tokens, i, view);
        if (runEnd > i) {
          runs.push(i);
          runs.push(runEnd);
        }
        // The Arabic article written lowercase and hyphenated onto the name (al-Zumar): the name
        // as written, beside the name without it; other sources write Al Zumar or Alzumar.
        if (i > 0 && isHyphenedArticle(tokens[i - 1], t, view)) {
          runStart = i - 1;
          runs.push(i - 1);
          runs.push(runEnd);
        }
      }
      if (t.raw.length >= 2)
        add(withoutPossessive(t.raw), 1, sentence, i, i, t.start, runStart, runEnd);
    }
    for (let r = 0; r < runs.size; r += 2) {
      // The whole run and each tail of it, so "Justice Minister X" also yields "Minister X" and "X".
      const i = runs.get(r);
      const j = runs.get(r + 1);
      const b = tokens[j];
      for (let k = i; k < j && b; k++) {
        const a = tokens[k];
        // A run begins with a capital, or with the article hyphened onto one (al-Zumar).
        if (!a || (!a.capitalized && k > i) || isInitial(a, view)) continue;
        // No tail starts inside a hyphenated word: "Malik al-X" of "Abdel-Malik al-X" is no name.
        const before = tokens[k - 1];
        if (k > i && before && a.start - before.end === 1 && view.charCodeAt(before.end) === 45)
          continue;
        add(
          withoutPossessive(view.slice(a.start, b.end)),
          j - k + 1,
          sentence,
          k,
          j,
          a.start,
          i,
          j,
        );
      }
    }
  }
  return [...byText.values()];
}

/** Runs found in a sentence, as (first, last) token pairs; reused (collecting is synchronous). */
const runScratch = new IntList();

/** The last token of the name run starting at capitalised token `i` (`i` itself if it runs no further). */
function runFrom(tokens: readonly Token[], i: number, view: string): number {
  let j = i;
  for (;;) {
    const cur = tokens[j];
    const next = tokens[j + 1];
    if (!cur || !next) return j;
    // At most one character apart, and that one not punctuation that ends a name (read by code
    // instead of slicing the text between every two tokens).
    const gap = next.start - cur.end;
    if (
      gap === 2 &&
      next.capitalized &&
      ((isSpace(view.charCodeAt(cur.end)) && isApostrophe(view.charCodeAt(cur.end + 1))) ||
        (isApostrophe(view.charCodeAt(cur.end)) && isSpace(view.charCodeAt(cur.end + 1))))
    )
      j++; // an ʿayn written as an apostrophe before or after a name (Muhammad 'Ali, Rabi' Haddad)
    else if (
      gap === 2 &&
      next.capitalized &&
      isApostrophe(view.charCodeAt(cur.end)) &&
      view.charCodeAt(cur.end + 1) === 45
    )
      j++; // a McCune-Reischauer breve written as an apostrophe before a hyphen (Ha'-Ch'on Yi)
    else if (
      gap === 2 &&
      next.capitalized &&
      view.charCodeAt(cur.end) === 45 &&
      isApostrophe(view.charCodeAt(cur.end + 1))
    )
      j++; // an ʿayn written as an apostrophe after the article's hyphen (al-'Aziz, Al-'Amiri)
    else if (gap === 2 && next.capitalized && isInitial(cur, view))
      j++; // Dana K. Whitlow
    else if (gap > 1 || (gap === 1 && isNameBreak(view.charCodeAt(cur.end)))) return j;
    else if (next.capitalized || (PARTICLES.has(next.lower) && tokens[j + 2]?.capitalized)) j++;
    else if (gap === 1 && isSyllable(cur, next, tokens[j + 2], view, j > i)) j++;
    else return j;
  }
}

/**
 * The lowercase second syllable of a hyphenated given name (Korean romanisation: Mi-sook Han,
 * Ji-hoon Park, Seo Min-jun): short, after a hyphen, and followed by a capital or ending a run
 * that began before it. "Kim-led forces" has neither.
 */
function isSyllable(
  cur: Token,
  next: Token,
  after: Token | undefined,
  view: string,
  inRun: boolean,
): boolean {
  // Letters are counted without the apostrophes of McCune-Reischauer, which mark the name as
  // Korean: its first syllable may then have up to six letters too (Kyo'ng-ch'an), where an
  // English word might otherwise join the name ("Trump-led").
  const before = withoutApostrophes(cur.raw);
  const syllable = withoutApostrophes(next.raw);
  const korean = before !== cur.raw || syllable !== next.raw;
  if (view.charCodeAt(cur.end) !== 45 || before.length > 6 || syllable.length > 6) return false;
  // Before a family name: a short word, or two syllables of up to six letters (Dong-hyeok Bae).
  if (after !== undefined && after.capitalized && after.start - next.end === 1)
    return before.length <= 4 || (oneSyllable.test(before) && oneSyllable.test(syllable));
  // Ending a name whose family name comes first (Seo Min-jun, Moon Jae-in, Yoon Suk-yeol, Lee
  // Jae-myung), one syllable of up to six lowercase letters: "Biden-backed" is no syllable, nor
  // is "Kim-style".
  return (
    inRun &&
    (before.length <= 4 || korean) &&
    /^[a-z]+$/.test(syllable) &&
    oneSyllable.test(syllable)
  );
}

function withoutApostrophes(w: string): string {
  return w.includes("'") || w.includes("’") ? w.replace(/['’]/g, "") : w;
}

/** The article al- or el-, lowercase, joined by a hyphen to the capitalised `next`. */
function isHyphenedArticle(t: Token | undefined, next: Token, view: string): boolean {
  return (
    t !== undefined &&
    !t.capitalized &&
    (t.lower === "al" || t.lower === "el") &&
    next.start === t.end + 1 &&
    view.charCodeAt(t.end) === 45
  );
}

/** ' ’ ‘ ʿ ʾ */
const isApostrophe = (c: number) =>
  c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bf || c === 0x2be;

/** A middle initial: one capital letter, a dot and a space ("K. " in "Dana K. Whitlow"). */
const isInitial = (t: Token, view: string) =>
  t.raw.length === 1 &&
  t.capitalized &&
  view.charCodeAt(t.end) === 46 &&
  isSpace(view.charCodeAt(t.end + 1));

/** , . ; : */
const isNameBreak = (c: number) => c === 44 || c === 46 || c === 59 || c === 58;

/** A form's occurrences by sentence (global index), built once per form on first use. */
export function bySentence(f: Form): ReadonlyMap<number, readonly Occurrence[]> {
  if (f.bySentence) return f.bySentence;
  const map = new Map<number, Occurrence[]>();
  for (const o of f.occurrences) {
    const list = map.get(o.sentence.global);
    if (list) list.push(o);
    else map.set(o.sentence.global, [o]);
  }
  f.bySentence = map;
  return map;
}

/** The words right before and after a form's occurrences, built once per form on first use. */
export function neighboursOf(f: Form): { readonly before: Neighbours; readonly after: Neighbours } {
  if (f.neighbours) return f.neighbours;
  const before = { stems: new Set<string>(), capitals: new Set<string>() };
  const after = { stems: new Set<string>(), capitals: new Set<string>() };
  const note = (t: Token | undefined, side: typeof before) => {
    if (!t) return;
    side.stems.add(t.stem);
    if (t.capitalized) side.capitals.add(t.raw);
  };
  for (const o of f.occurrences) {
    note(o.sentence.tokens[o.first - 1], before);
    note(o.sentence.tokens[o.last + 1], after);
  }
  f.neighbours = {
    before: { stems: before.stems, capitals: [...before.capitals] },
    after: { stems: after.stems, capitals: [...after.capitals] },
  };
  return f.neighbours;
}
