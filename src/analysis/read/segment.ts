import type { Span } from "../types.ts";

/**
 * Paragraphs and sentences with offsets into the text they were cut from.
 *
 * Sentence boundaries come from Intl.Segmenter (Unicode UAX #29, which already keeps a full stop
 * inside closing quotes and an ellipsis followed by lowercase together). ICU's default
 * segmenter does not suppress abbreviations, so three guards re-join what it splits wrongly:
 * titles and months (Mr. Smith, Dec. 9), initials (J. R. Tolkien) and dotted acronyms followed by
 * a name (the U.S. Army), while "… in the U.S. The next day" still splits.
 */

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Abbreviations that are practically never the end of a sentence (Chicago Manual §10.4ff). */
const TITLE_ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col capt sgt maj adm cmdr gov sen rep rev hon st mt ft jr sr " +
    // Plural titles and the ranks of the AP Stylebook's military-titles table ("Sens. Reed and
    // Cole", "Brig. Gen.", "Pfc."), and "v." of case names ("Roe v. Wade").
    "sens reps govs gens brig lieut pfc pvt cpl spc sgts cpls supt det insp v " +
    "no nos vol fig art sec ch pp ed eds est approx dept univ inc corp co ltd bros vs etc " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);

/** Capitalised words that start sentences rather than continue names after an acronym. */
const SENTENCE_STARTERS = new Set(
  (
    "a an the this that these those it its he she they we i you his her their our my there " +
    "but and or so yet in on at for from with by as after before when while if since although " +
    "though however meanwhile still also then now later earlier last next one two some many " +
    "most all no not what who which where why how according"
  ).split(" "),
);

/**
 * Splits text into paragraphs: blocks separated by blank lines; within a block each line is its
 * own paragraph unless the block looks hard-wrapped (lines that run on into a lowercase start),
 * in which case the lines are joined; a line of closing marks alone joins the paragraph above.
 * Returned spans are trimmed and never empty.
 */
export function splitParagraphs(
  text: string,
  within: Span = { start: 0, end: text.length },
): Span[] {
  const out: Span[] = [];
  const lines: Span[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = within.start;
  while (re.lastIndex < within.end) {
    const m = re.exec(text);
    if (!m || m[0] === "") break;
    const lineEnd = Math.min(within.end, m.index + m[0].replace(/[\r\n]+$/, "").length);
    lines.push({ start: m.index, end: lineEnd });
    if (m.index + m[0].length >= within.end) break;
  }
  let current: Span | null = null;
  let previousLine = "";
  for (const line of lines) {
    const trimmed = trimSpan(text, line);
    if (!trimmed) {
      if (current) out.push(current);
      current = null;
      previousLine = "";
      continue;
    }
    const lineText = text.slice(trimmed.start, trimmed.end);
    // A closing mark alone on its line closes the paragraph above it (isClosingMarks).
    const above: Span | undefined = isClosingMarks(text, trimmed)
      ? (current ?? out.pop())
      : undefined;
    if (above) {
      current = { start: above.start, end: trimmed.end };
      previousLine = lineText;
      continue;
    }
    const runsOn = current !== null && isWrapContinuation(previousLine, lineText);
    if (current && runsOn) current = { start: current.start, end: trimmed.end };
    else {
      if (current) out.push(current);
      current = trimmed;
    }
    previousLine = lineText;
  }
  if (current) out.push(current);
  return out;
}

/** A hard-wrapped line: the previous line ends mid-sentence and this one starts in lowercase. */
function isWrapContinuation(previous: string, line: string): boolean {
  return previous.length >= 40 && !/[.!?:"”’)\]]$/.test(previous) && /^[\p{Ll}(,]/u.test(line);
}

/** Splits one paragraph into sentences, trimmed, in order, never empty. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const pieces: Span[] = [];
  const add = (start: number, end: number): void => {
    const span = trimSpan(text, { start: paragraph.start + start, end: paragraph.start + end });
    if (!span) return;
    const last = pieces[pieces.length - 1];
    if (
      last &&
      (isClosingMarks(text, span) ||
        shouldJoin(
          text.slice(last.start, last.end),
          text.slice(span.start, span.end),
          span.start === last.end,
        ))
    ) {
      pieces[pieces.length - 1] = { start: last.start, end: span.end };
    } else pieces.push(span);
  };
  const breaks = sentenceBreaks(slice);
  if (breaks) {
    let start = 0;
    for (const end of breaks) {
      add(start, end);
      start = end;
    }
  } else {
    for (const s of segmenter.segment(slice)) add(s.index, s.index + s.segment.length);
  }
  return pieces;
}

/*
 * UAX #29 sentence boundaries, by hand, for text written in the characters whose
 * Sentence_Break property is known below (ASCII, Latin-1 letters, curly quotes, en and em
 * dashes, the ellipsis: most English news). Intl.Segmenter gives the same boundaries, but costs
 * a few microseconds a sentence and allocates an object for each; this pass reads char codes only.
 * Any other character sends the paragraph to Intl.Segmenter. A property test holds the two to
 * the same boundaries (segment.test.ts).
 */

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const CR = 9;
const LF = 10;
/** Not known here: the paragraph goes to Intl.Segmenter. */
const UNKNOWN = 255;
/** Past the text's end: no class. */
const PAST_END = 254;

/** Sentence_Break classes of code units 0–255 (Unicode's SentenceBreakProperty.txt). */
const LATIN1 = new Uint8Array(256).fill(UNKNOWN);
for (let c = 0x20; c < 0x7f; c++) LATIN1[c] = OTHER;
for (const [chars, cls] of [
  ["\t\v\f \u00a0", SP],
  ["!?", STERM],
  [".", ATERM],
  [`"'()[]{}\u00ab\u00bb`, CLOSE],
  [",-:;", SCONTINUE],
  ["\r", CR],
  ["\n", LF],
] as const) {
  for (const ch of chars) LATIN1[ch.charCodeAt(0)] = cls;
}
for (let c = 0x30; c <= 0x39; c++) LATIN1[c] = NUMERIC;
for (let c = 0x41; c <= 0x5a; c++) LATIN1[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) LATIN1[c] = LOWER;
for (let c = 0xc0; c <= 0xde; c++) LATIN1[c] = UPPER;
for (let c = 0xdf; c <= 0xff; c++) LATIN1[c] = LOWER;
LATIN1[0xd7] = OTHER; // ×
LATIN1[0xf7] = OTHER; // ÷

function sentenceBreakClass(c: number): number {
  if (c < 256) return LATIN1[c] ?? UNKNOWN;
  if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) return CLOSE; // ‘ ’ “ ”
  if (c === 0x2013 || c === 0x2014) return SCONTINUE; // – —
  if (c === 0x2026) return OTHER; // … (not ATerm: only U+002E, U+2024, U+FE52 and U+FF0E are)
  return UNKNOWN;
}

/**
 * The offsets where UAX #29 ends a sentence in `s`, the last being `s.length`; undefined when
 * `s` holds a character this pass does not know. Rule numbers are UAX #29's.
 */
export function sentenceBreaks(s: string): number[] | undefined {
  const n = s.length;
  // Classes are read as the rules need them; every position is read by the loop below (or by
  // the runs it skips, which are of known classes), so an unknown character is always met.
  const cls = (k: number): number => (k < n ? sentenceBreakClass(s.charCodeAt(k)) : PAST_END);
  const breaks: number[] = [];
  const paraSepEnd = (k: number): number => (cls(k) === CR && cls(k + 1) === LF ? k + 2 : k + 1); // SB3
  let i = 0;
  while (i < n) {
    const c = cls(i);
    if (c === UNKNOWN) return undefined;
    if (c === CR || c === LF) {
      i = paraSepEnd(i); // SB4: a break after a paragraph separator
      breaks.push(i);
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    if (c === ATERM) {
      const next = cls(i + 1);
      if (next === NUMERIC) {
        i++;
        continue;
      } // SB6: 3.5
      if (next === UPPER && i > 0 && (cls(i - 1) === UPPER || cls(i - 1) === LOWER)) {
        i++;
        continue;
      } // SB7: U.S
    }
    let j = i + 1;
    while (j < n && cls(j) === CLOSE) j++; // SB9
    while (j < n && cls(j) === SP) j++; // SB10
    if (j >= n) break;
    if (cls(j) === CR || cls(j) === LF) {
      i = paraSepEnd(j); // SB11, with the separator
      breaks.push(i);
      continue;
    }
    if (c === ATERM) {
      // SB8: no break if a lowercase letter comes before any other letter, separator or terminator.
      let k = j;
      while (
        k < n &&
        (cls(k) === OTHER ||
          cls(k) === SP ||
          cls(k) === NUMERIC ||
          cls(k) === CLOSE ||
          cls(k) === SCONTINUE)
      )
        k++;
      if (cls(k) === LOWER) {
        i = j;
        continue;
      }
    }
    const d = cls(j);
    if (d === SCONTINUE || d === ATERM || d === STERM) {
      i = j;
      continue;
    } // SB8a
    breaks.push(j); // SB11
    i = j;
  }
  if (breaks[breaks.length - 1] !== n) breaks.push(n);
  return breaks;
}

/**
 * Whether a boundary the Unicode rules found is no sentence end after all. `touching` is true
 * when nothing, not even a space, stands between the two pieces.
 */
function shouldJoin(previous: string, next: string, touching: boolean): boolean {
  // "!" or "?" ending a quotation that the sentence goes on after, in lowercase: ""Get out!" he
  // shouted." (the Unicode rules let only a full stop run on into lowercase).
  if (/[!?][\p{Pe}\p{Pf}"']*$/u.test(previous) && /^\p{Ll}/u.test(next)) return true;
  if (!previous.endsWith(".")) return false;
  let k = previous.length;
  while (k > 0 && !/\s/.test(previous.charAt(k - 1))) k--;
  const lastWord = previous.slice(k);
  // A word that starts with its dot (".NET", a ticker written ".IXIC"): the dot is no full stop.
  if (touching && /^[(<[]?\.$/.test(lastWord) && /^\p{L}/u.test(next)) return true;
  const nextWord = (/^[\s"“‘'«„(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "").toLowerCase();
  // The abbreviation is the last part of a hyphened word: "then-Gov.", "Minneapolis-St.".
  const bare = lastWord
    .replace(/^[([“‘'«„]+/, "")
    .slice(0, -1)
    .replace(/^.*-(?=\p{L})/u, "");
  if (TITLE_ABBREVIATIONS.has(bare.toLowerCase())) {
    // "Acme Inc. (ACM) said": a bracket right after an abbreviation continues its sentence.
    if (/^[([<]/.test(next)) return true;
    if (/^[\p{Lu}\p{N}]/u.test(next.trimStart()))
      return !SENTENCE_STARTERS.has(nextWord) || /^\d/.test(nextWord);
  }
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: J. R. Tolkien
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord); // U.S. Army
  return false;
}

/**
 * Closing quotation marks (and brackets) with nothing else: no sentence of their own. The Unicode
 * rules end a sentence before a closing mark set off by a space ("… boat. ”"), and a quotation
 * over several paragraphs, each opened and only the last closed, can leave its mark on a line of
 * its own; either way the mark belongs to the sentence before it.
 */
export function isClosingMarks(text: string, span: Span): boolean {
  for (let k = span.start; k < span.end; k++) {
    if (!CLOSING_MARKS.includes(text.charAt(k)) && !isTrimmed(text.charCodeAt(k))) return false;
  }
  return span.end > span.start;
}

const CLOSING_MARKS = `"'”’»›)]`;

/** Shrinks a span to exclude surrounding whitespace; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/**
 * What trimSpan takes off a span's ends. It differs from quote-marks.ts's `isSpace` (the regex \s)
 * on purpose: it also trims the zero-width space U+200B, and keeps U+1680, U+202F and U+205F.
 * Sentence offsets are part of the public result, so this set stays as it is.
 */
function isTrimmed(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x3000 ||
    c === 0x2028 ||
    c === 0x2029
  );
}
