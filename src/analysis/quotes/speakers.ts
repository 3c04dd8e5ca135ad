import type { Doc } from "../read/document.ts";
import { findReportWord } from "../framing/lexicon-index.ts";
import { NAME_PARTICLES } from "../text/names.ts";
import { isSpace } from "../text/quote-marks.ts";
import type { Token } from "../text/tokens.ts";
import type { Span } from "../types.ts";

/**
 * Who says a quotation or a reported statement, as the text names them: `Okafor said`,
 * `said Okafor`, `said the ministry's spokesman, Amina Okafor`, `according to Okafor`,
 * `Lindqvist told the BBC that …`, `he added` (a pronoun, which the caller resolves to the last speaker).
 * Names are runs of capitalised words, hyphens and name particles (al-, bin, van, de); a lone
 * capital at the start of a sentence is grammar unless the same word is capitalised mid-sentence
 * elsewhere in the source.
 */
export interface Speaker {
  /** As written, e.g. "Amina Okafor" or "Kenya's Foreign Ministry" (a final possessive dropped). */
  readonly name: string;
  readonly span: Span;
  /** The attribution is a pronoun (he, she, they); its referent is the previous speaker. */
  readonly pronoun?: boolean;
}

type Quoted = (t: Token) => boolean;

const PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const NOT_NAMES = new Set(
  (
    "the a an this that these those it its he she they we i in on at for but and or so as after before when while if " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec last according"
  ).split(" "),
);
/** Particles that sit inside names (Abd al-Basit, Ludwig van Beethoven, Republic of Kenya). */
const CONNECTORS = new Set([...NAME_PARTICLES, "of"]);
/** Longest subject name before a verb after a quote: `"…," Amina Okafor said`. */
const MAX_TRAILING_NAME_WORDS = 4;
/** How far after the verb an appositive name may follow: `said the X's director, NAME`. */
const APPOSITIVE_WINDOW = 8;

/** Speaker-finding functions bound to one source (its text and the names it capitalises). */
export function speakerFinder(doc: Doc) {
  const text = doc.view;
  const known = capitalisedMidSentence(doc.sentences);

  const isName = (tokens: readonly Token[], i: number): boolean => {
    const t = tokens[i];
    if (!t || !t.capitalized || NOT_NAMES.has(t.lower)) return false;
    // At a sentence start a capital proves nothing, unless the word is capitalised elsewhere
    // or starts a run of capitalised words (Emeka Holloway-Lin, the coordinator, said …).
    const next = tokens[i + 1];
    return (
      i > 0 ||
      known.has(t.lower) ||
      (!!next && next.capitalized && next.start - t.end <= 1 && !NOT_NAMES.has(next.lower))
    );
  };
  const adjacent = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && b.start > a.end && b.start - a.end <= 1;

  const make = (tokens: readonly Token[], start: number, end: number): Speaker | undefined => {
    const a = tokens[start];
    const b = tokens[end];
    if (!a || !b) return undefined;
    // A final possessive ('s or ’s) is not part of the name.
    const raw = b.raw;
    const n = raw.length;
    const possessive =
      n >= 2 &&
      raw.charCodeAt(n - 1) === 115 /* s */ &&
      (raw.charCodeAt(n - 2) === 39 /* ' */ || raw.charCodeAt(n - 2) === 0x2019); /* ’ */
    const stop = possessive ? b.end - 2 : b.end;
    return { name: text.slice(a.start, stop), span: { start: a.start, end: stop } };
  };

  const runEndingAt = (tokens: readonly Token[], end: number): Speaker | undefined => {
    if (!isName(tokens, end)) return undefined;
    let start = end;
    for (;;) {
      const p = tokens[start - 1];
      if (!adjacent(p, tokens[start])) break;
      if (isName(tokens, start - 1)) start--;
      else if (
        p &&
        CONNECTORS.has(p.lower) &&
        isName(tokens, start - 2) &&
        adjacent(tokens[start - 2], p)
      )
        start -= 2;
      else break;
    }
    // A lone sentence-initial word that is not known as a name elsewhere is not a name.
    return make(tokens, start, end);
  };

  const runStartingAt = (tokens: readonly Token[], start: number): Speaker | undefined => {
    const t = tokens[start];
    if (t && PRONOUNS.has(t.lower))
      return { name: t.raw, span: { start: t.start, end: t.end }, pronoun: true };
    if (!isName(tokens, start)) return undefined;
    let end = start;
    for (;;) {
      const next = tokens[end + 1];
      if (!adjacent(tokens[end], next) || !next) break;
      if (isName(tokens, end + 1)) end++;
      else if (
        CONNECTORS.has(next.lower) &&
        isName(tokens, end + 2) &&
        adjacent(next, tokens[end + 2])
      )
        end += 2;
      else break;
    }
    return make(tokens, start, end);
  };

  /** `said Tollen Water's operations director, Gareth Illingworth-Mensah`: the name after the comma. */
  const appositive = (tokens: readonly Token[], start: number): Speaker | undefined => {
    let sawRole = false;
    for (let i = start; i < Math.min(tokens.length - 1, start + APPOSITIVE_WINDOW); i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      if (!t || !next) return undefined;
      if (!t.capitalized) sawRole = true;
      // The text between the two words: a comma ends the role, other punctuation the search.
      let comma = false;
      let stop = false;
      for (let c = t.end; c < next.start; c++) {
        const code = text.charCodeAt(c);
        if (code === 44 /* , */) comma = true;
        else if (
          code === 46 ||
          code === 59 ||
          code === 58 ||
          code === 33 ||
          code === 63 ||
          code === 34 ||
          code === 0x201c ||
          code === 0x201d
        )
          stop = true; // . ; : ! ? " “ ”
      }
      if (comma) return sawRole ? runStartingAt(tokens, i + 1) : undefined;
      if (stop) return undefined;
    }
    return undefined;
  };

  /**
   * The subject of a reporting verb: a pronoun right before it; else the sentence's opening name
   * when an apposition follows it (`Emeka Holloway-Lin, the agency's coordinator, told …`); else
   * the nearest name to the left (`the Kenyan Foreign Ministry's spokesperson Amina Okafor called …`).
   */
  const subjectBefore = (
    tokens: readonly Token[],
    verb: number,
    quoted: Quoted,
  ): Speaker | undefined => {
    const prev = tokens[verb - 1];
    if (prev && PRONOUNS.has(prev.lower) && !quoted(prev))
      return { name: prev.raw, span: { start: prev.start, end: prev.end }, pronoun: true };
    const opening = openingName(tokens);
    if (opening && opening.span.end < (tokens[verb]?.start ?? 0) && commaFollows(opening.span.end))
      return opening;
    for (let i = verb - 1; i >= 0; i--) {
      const t = tokens[i];
      if (!t || quoted(t)) continue;
      const run = runEndingAt(tokens, i);
      if (run) return run;
    }
    return undefined;
  };

  /** A comma after `at`, past white space only. */
  const commaFollows = (at: number): boolean => {
    let i = at;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return text.charCodeAt(i) === 44; /* , */
  };

  /** The name a sentence opens with (after at most one capitalised title word), if any. */
  const openingName = (tokens: readonly Token[]): Speaker | undefined =>
    runStartingAt(tokens, 0) ?? runStartingAt(tokens, 1);

  /** The speaker of the verb at `verb`: inverted (`said Okafor`) or not (`Okafor said`). */
  const speakerOfVerb = (
    tokens: readonly Token[],
    verb: number,
    quoted: Quoted,
  ): Speaker | undefined => {
    const word = findReportWord(tokens, verb);
    const after = verb + (word?.length ?? 1);
    if (word?.lemma === "according to")
      return appositive(tokens, after) ?? runStartingAt(tokens, after);
    const inverted =
      !isName(tokens, verb - 1) && !PRONOUNS.has(tokens[verb - 1]?.lower ?? "")
        ? (appositive(tokens, after) ?? runStartingAt(tokens, after))
        : undefined;
    return inverted ?? subjectBefore(tokens, verb, quoted) ?? runStartingAt(tokens, after);
  };

  const lastReportWord = (tokens: readonly Token[], limit: number, quoted: Quoted): number => {
    for (let i = Math.min(limit, tokens.length) - 1; i >= 0; i--) {
      const t = tokens[i];
      if (t && !quoted(t) && findReportWord(tokens, i) !== undefined) return i;
    }
    return -1;
  };

  return {
    /** `"…," Okafor said` / `"…," said Okafor` / `"…," he added`, right after the closing mark. */
    after(tokens: readonly Token[], at: number, quoted: Quoted): Speaker | undefined {
      const i0 = firstFrom(tokens, at);
      const t0 = tokens[i0];
      if (i0 < 0 || !t0 || quoted(t0)) return undefined;
      const verbFirst = findReportWord(tokens, i0);
      if (verbFirst)
        return (
          appositive(tokens, i0 + verbFirst.length) ?? runStartingAt(tokens, i0 + verbFirst.length)
        );
      const subject = runStartingAt(tokens, i0);
      if (!subject) return undefined;
      const words = firstFrom(tokens, subject.span.end);
      const end = words < 0 ? tokens.length : words;
      return end - i0 <= MAX_TRAILING_NAME_WORDS && findReportWord(tokens, end)
        ? subject
        : undefined;
    },
    /** `Okafor said "…"`, `Lindqvist told the BBC that … "…"`, `According to Okafor, "…"`. */
    before(tokens: readonly Token[], at: number, quoted: Quoted): Speaker | undefined {
      const limit = firstFrom(tokens, at);
      const verb = lastReportWord(tokens, limit < 0 ? tokens.length : limit, quoted);
      return verb < 0 ? undefined : speakerOfVerb(tokens, verb, quoted);
    },
    /** The speaker of a reported statement with no quotation marks, for later pronouns. */
    ofStatement(tokens: readonly Token[], quoted: Quoted): Speaker | undefined {
      const verb = lastReportWord(tokens, tokens.length, quoted);
      return verb < 0 ? undefined : speakerOfVerb(tokens, verb, quoted);
    },
    /** The name a sentence opens with: who a following pronoun or bare quotation most likely is. */
    subjectOf(tokens: readonly Token[]): Speaker | undefined {
      const s = openingName(tokens);
      return s?.pronoun ? undefined : s;
    },
    hasReportWord(tokens: readonly Token[], quoted: Quoted): boolean {
      return lastReportWord(tokens, tokens.length, quoted) >= 0;
    },
  };
}

/**
 * The words a source capitalises somewhere other than at a sentence start. A function of its own:
 * it runs once per source, so its loop is compiled while it runs, and no code after the loop that
 * has not run yet sends it back to the interpreter.
 */
function capitalisedMidSentence(sentences: Doc["sentences"]): Set<string> {
  const known = new Set<string>();
  for (const s of sentences) {
    const tokens = s.tokens;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.capitalized) known.add(t.lower);
    }
  }
  return known;
}

/** Index of the first token starting at or after `at`, or -1. */
function firstFrom(tokens: readonly Token[], at: number): number {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).start >= at) return i;
  return -1;
}
