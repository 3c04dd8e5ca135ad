import type { Span } from "./types.ts";

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
 * in which case the lines are joined. Returned spans are trimmed and never empty.
 */
export function splitParagraphs(text: string, within: Span = { start: 0, end: text.length }): Span[] {
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
  // A paragraph of plain words with at most a closing full stop is one sentence whatever the
  // segmenter says, and the segmenter costs a few microseconds per sentence: skip it then.
  if (isOneSentence(slice)) {
    const span = trimSpan(text, paragraph);
    return span ? [span] : [];
  }
  const pieces: Span[] = [];
  for (const s of segmenter.segment(slice)) {
    const span = trimSpan(text, {
      start: paragraph.start + s.index,
      end: paragraph.start + s.index + s.segment.length,
    });
    if (!span) continue;
    const last = pieces[pieces.length - 1];
    if (last && shouldJoin(text.slice(last.start, last.end), text.slice(span.start, span.end))) {
      pieces[pieces.length - 1] = { start: last.start, end: span.end };
    } else pieces.push(span);
  }
  return pieces;
}

/**
 * Text that UAX #29 cannot break: ASCII letters and digits, spaces and tabs, and punctuation that
 * is neither a sentence terminator nor a separator, then at most one terminator and closing marks.
 */
const ONE_SENTENCE = /^[A-Za-z0-9 \t,;:'"‘’“”()\-–—]*[.!?]?["'”’)\]]*[ \t]*$/;

/** True when UAX #29 surely finds no sentence break inside `text`. Exported for tests. */
export function isOneSentence(text: string): boolean {
  return ONE_SENTENCE.test(text);
}

function shouldJoin(previous: string, next: string): boolean {
  if (!previous.endsWith(".")) return false;
  let k = previous.length;
  while (k > 0 && !/\s/.test(previous.charAt(k - 1))) k--;
  const lastWord = previous.slice(k);
  const nextWord = (/^[\s"“‘'«„(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "").toLowerCase();
  const bare = lastWord.replace(/^[("“‘'«„]+/, "").slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(bare.toLowerCase()) && /^[\p{Lu}\p{N}]/u.test(next.trimStart()))
    return !SENTENCE_STARTERS.has(nextWord) || /^\d/.test(nextWord);
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: J. R. Tolkien
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_STARTERS.has(nextWord); // U.S. Army
  return false;
}

/** Shrinks a span to exclude surrounding whitespace; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x2028 || c === 0x2029;
}
