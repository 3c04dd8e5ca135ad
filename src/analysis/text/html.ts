import { BLOCK, CELL, DROP, RAW } from "./html-tags.ts";
import type { Span } from "../types.ts";

export { looksLikeHtml } from "./html-tags.ts";

/** Visible text of an HTML page, with a per-character map back into the original markup. */
export interface HtmlText {
  /**
   * Visible text: block elements separated by "\n\n" (`<br>` by "\n"), runs of ASCII whitespace
   * collapsed to one space, entities decoded; script, style, template, noscript, svg, comments
   * and head-only elements dropped.
   */
  readonly text: string;
  /** `starts[i]`: HTML index where the source of `text[i]` begins. Non-decreasing. */
  readonly starts: Int32Array;
  /**
   * `ends[i]`: HTML index where that source ends, exclusive. An entity maps to its whole `&...;`,
   * a collapsed whitespace run to its first character, an inserted separator to a zero-width
   * position at the tag that caused it.
   */
  readonly ends: Int32Array;
  /** The first `<title>`, else the first `<h1>`, whitespace collapsed; absent if both are empty. */
  readonly title?: string;
  /**
   * Where the first `<h1>`'s text is in `text`, when it has any: the page's own headline, which
   * Readability leaves out of the article when it repeats the `<title>`.
   */
  readonly heading?: Span;
  /**
   * Paragraph ranges `[start, end)` of `text` that Mozilla Readability judged to be the article.
   * Absent without `parseHtml`, when Readability found nothing, or when none of its paragraphs
   * could be located; anything outside these ranges is page chrome.
   */
  readonly article?: readonly Span[];
}

// A compact entity table rather than the full 2,231: Latin-1 (which browsers also decode without
// a semicolon), Greek, typographic punctuation and the letters news sites actually escape.
const LATIN1 = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave " +
  "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc " +
  "Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml " +
  "Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash " +
  "ugrave uacute ucirc uuml yacute thorn yuml"
)
  .split(" ")
  .map((name, k) => [name, String.fromCharCode(0xa0 + k)] as const);
const GREEK = (
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho " +
  "sigmaf sigma tau upsilon phi chi psi omega"
)
  .split(" ")
  .flatMap((name, k) => {
    const lower = [name, String.fromCharCode(0x3b1 + k)] as const;
    const upper = [name[0]!.toUpperCase() + name.slice(1), String.fromCharCode(0x391 + k)] as const;
    return name === "sigmaf" ? [lower] : [lower, upper]; // no capital final sigma (U+03A2)
  });
const LEGACY = new Map([
  ...LATIN1,
  ...hexPairs("amp:26 AMP:26 lt:3c LT:3c gt:3e GT:3e quot:22 QUOT:22 COPY:a9 REG:ae"),
]);
const NAMED = new Map([
  ...LEGACY,
  ...GREEK,
  ...hexPairs(
    "apos:27 OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2c6 tilde:2dc " +
      "ensp:2002 emsp:2003 thinsp:2009 hairsp:200a zwnj:200c zwj:200d lrm:200e rlm:200f " +
      "hyphen:2010 dash:2010 ndash:2013 mdash:2014 horbar:2015 lsquo:2018 rsquo:2019 " +
      "rsquor:2019 sbquo:201a ldquo:201c rdquo:201d rdquor:201d bdquo:201e dagger:2020 " +
      "Dagger:2021 bull:2022 bullet:2022 hellip:2026 mldr:2026 permil:2030 prime:2032 " +
      "Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac trade:2122 TRADE:2122 " +
      "larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 minus:2212 le:2264 ge:2265 ne:2260 " +
      "infin:221e asymp:2248 check:2713 starf:2605 star:2606 Cacute:106 cacute:107 Ccaron:10c " +
      "ccaron:10d ecaron:11b Gbreve:11e gbreve:11f Idot:130 inodot:131 imath:131 Lstrok:141 " +
      "lstrok:142 Nacute:143 nacute:144 Rcaron:158 rcaron:159 Sacute:15a sacute:15b Scedil:15e " +
      "scedil:15f Zcaron:17d zcaron:17e",
  ),
]);
// Numeric references to C1 controls mean windows-1252 in practice (&#146; is a right quote).
const WIN1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function hexPairs(list: string): (readonly [string, string])[] {
  return list.split(" ").map((pair) => {
    const [name = "", hex = ""] = pair.split(":");
    return [name, String.fromCharCode(parseInt(hex, 16))] as const;
  });
}
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isAlpha = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const isAlnum = (c: number) => isAlpha(c) || (c >= 48 && c <= 57);
export const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** Decodes the character reference at `s[i] === "&"`; undefined when that "&" is literal. */
function decodeEntity(s: string, i: number): { value: string; end: number } | undefined {
  let j = i + 1;
  if (s.charCodeAt(j) === 35 /* # */) {
    const hex = (s.charCodeAt(++j) | 0x20) === 120; // "x" or "X"
    if (hex) j++;
    const first = j;
    let cp = 0;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      const lower = c | 0x20;
      const d = c >= 48 && c <= 57 ? c - 48 : hex && lower >= 97 && lower <= 102 ? lower - 87 : -1;
      if (d < 0) break;
      cp = Math.min(cp * (hex ? 16 : 10) + d, 0x110000); // clamped so huge numbers stay cheap
    }
    if (j === first) return undefined;
    if (s.charCodeAt(j) === 59 /* ; */) j++;
    const bad = cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff);
    const value = bad ? 0xfffd : cp >= 0x80 && cp <= 0x9f ? WIN1252[cp - 0x80]! : cp;
    return { value: String.fromCodePoint(value), end: j };
  }
  let k = j;
  while (k < s.length && k - j < 32 && isAlnum(s.charCodeAt(k))) k++;
  if (k === j) return undefined;
  const full = s.charCodeAt(k) === 59 ? NAMED.get(s.slice(j, k)) : undefined;
  if (full !== undefined) return { value: full, end: k + 1 };
  // As browsers do in text, the longest legacy name wins without ";" ("&copy2024" is "©2024").
  for (let m = Math.min(k, j + 6); m > j + 1; m--) {
    const value = LEGACY.get(s.slice(j, m));
    if (value !== undefined) return { value, end: m };
  }
  return undefined;
}

// Entities for RCDATA (<title>), where no offsets are needed.
const decodeAll = (s: string) =>
  s.replace(/&[#\da-z]*;?/gi, (m) => {
    const entity = decodeEntity(m, 0);
    return entity ? entity.value + m.slice(entity.end) : m;
  });

/**
 * Hand-written single pass over the raw markup. A DOM parser cannot be used for this part:
 * none of them report source offsets, and the contract needs every character traced back to
 * the original input. The rules follow the HTML tokenizer where it matters for visible text
 * (raw-text elements, comment forms, EOF inside a tag, legacy entities), stay simple elsewhere,
 * and touch each character a bounded number of times so any input runs in linear time.
 */
/**
 * Projects an HTML page to its visible text with a map back to the markup: tags dropped or turned
 * into breaks, entities decoded, the `<title>` and first `<h1>` noted. Never throws. Finding the
 * article inside the page is the reading stage's (read/html-article.ts), which needs a DOM parser
 * and Readability; the views need only this, so the page's initial JavaScript carries no
 * Readability.
 */
export function projectHtml(html: string): Omit<HtmlText, "article"> {
  const n = html.length;
  // Sized to the input, which text never outgrows: every unit comes from its own source
  // characters (an astral entity is at least 7 for 2 units), and a separator pair from a tag
  // of at least 3 ("<p>"). The property test checks the lengths on arbitrary input.
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let length = 0;
  const parts: string[] = [];
  let newlines = 0; // pending separator: 0, 1 ("\n" from <br>) or 2 ("\n\n" from a block)
  let breakAt = 0;
  let spaceAt = -1; // pending collapsed space, mapped to [spaceAt, spaceEnd)
  let spaceEnd = 0;
  let drop = 0;
  let title: string | undefined;
  let h1Start = -1;
  let h1End = -1;

  const put = (unit: string, s: number, e: number) => {
    parts.push(unit);
    starts[length] = s;
    ends[length++] = e;
  };
  const flush = () => {
    // Separators are only written once visible text follows, so none lead or trail.
    if (length > 0) {
      for (let k = 0; k < newlines; k++) put("\n", breakAt, breakAt);
      if (newlines === 0 && spaceAt >= 0) put(" ", spaceAt, spaceEnd);
    }
    newlines = 0;
    spaceAt = -1;
  };
  const emit = (unit: string, s: number, e: number) => {
    flush();
    put(unit, s, e);
  };
  /** Copies the plain characters html[from, to) verbatim, one unit per source character. */
  const emitRun = (from: number, to: number) => {
    flush();
    parts.push(html.slice(from, to));
    for (let k = from; k < to; k++) {
      starts[length] = k;
      ends[length++] = k + 1;
    }
  };
  const space = (s: number, e: number) => {
    if (spaceAt < 0) [spaceAt, spaceEnd] = [s, e];
  };
  const brk = (count: number, at: number) => {
    if (newlines === 0) breakAt = at;
    newlines = count === 2 ? 2 : Math.min(newlines + 1, 2);
  };
  const skipPast = (needle: string, from: number) => {
    const k = html.indexOf(needle, from);
    return k < 0 ? n : k + needle.length;
  };
  const closers = new Map<string, RegExp>();
  const findClose = (name: string, from: number) => {
    let re = closers.get(name);
    if (!re) closers.set(name, (re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, "gi")));
    re.lastIndex = from;
    return re.exec(html)?.index ?? n;
  };

  /** Consumes the markup construct at `html[i] === "<"` and returns the index after it. */
  const tag = (i: number): number => {
    const next = html.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (html.startsWith("<!--", i)) {
        if (html.startsWith(">", i + 4)) return i + 5; // "<!-->" is a complete empty comment
        if (html.startsWith("->", i + 4)) return i + 6;
        return skipPast("-->", i + 4);
      }
      // CDATA only means something in SVG/MathML, which is dropped anyway; skip it whole.
      if (html.startsWith("<![CDATA[", i)) return skipPast("]]>", i + 9);
      return skipPast(">", i + 2); // doctype and bogus comments
    }
    if (next === 63 /* ? */) return skipPast(">", i + 2);
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isAlpha(html.charCodeAt(nameStart))) {
      if (!closing) {
        if (drop === 0) emit("<", i, i + 1); // "a < b" is text
        return i + 1;
      }
      return html.charCodeAt(nameStart) === 62 ? nameStart + 1 : skipPast(">", nameStart);
    }
    let k = nameStart;
    while (k < n && !isSpace(html.charCodeAt(k)) && html[k] !== "/" && html[k] !== ">") k++;
    const name = html.slice(nameStart, k).toLowerCase();
    // Attributes: only a quoted value can hide a ">".
    while (k < n && html.charCodeAt(k) !== 62) {
      if (html.charCodeAt(k++) !== 61 /* = */) continue;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      const q = html[k];
      if (q === '"' || q === "'") k = skipPast(q, k + 1);
    }
    if (k >= n) return n; // EOF inside a tag: browsers drop the tag
    const end = k + 1;
    const selfClosing = html.charCodeAt(k - 1) === 47 && k - 1 > nameStart;
    if (!closing && RAW.has(name)) {
      const close = findClose(name, end);
      if (name === "title" && title === undefined && drop === 0) {
        title = collapse(decodeAll(html.slice(end, close))) || undefined;
      }
      return close >= n ? n : skipPast(">", close);
    }
    if (DROP.has(name)) {
      if (closing) drop = Math.max(0, drop - 1);
      else if (!selfClosing) drop++;
      return end;
    }
    if (drop > 0) return end;
    if (name === "br") brk(1, i);
    else if (BLOCK.has(name)) brk(2, i);
    else if (CELL.has(name)) space(i, i);
    if (name === "h1" && !closing && h1Start < 0) h1Start = length;
    if (name === "h1" && closing && h1Start >= 0 && h1End < 0) h1End = length;
    return end;
  };

  let i = 0;
  let entity: ReturnType<typeof decodeEntity>;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      i = tag(i);
    } else if (drop > 0) {
      i = html.indexOf("<", i);
      if (i < 0) i = n;
    } else if (c === 38 /* & */ && (entity = decodeEntity(html, i))) {
      const { value, end } = entity;
      if (value.length === 1 && isSpace(value.charCodeAt(0))) space(i, end);
      // An astral character is two code units, both mapped to the whole entity.
      else for (const unit of value.split("")) emit(unit, i, end);
      i = end;
    } else if (isSpace(c) || c === 0) {
      if (c !== 0) space(i, i + 1); // U+0000 is dropped by the tree builder
      i++;
    } else {
      let j = i + 1; // a literal "&" starts a run too
      for (let d = html.charCodeAt(j); j < n; d = html.charCodeAt(++j)) {
        if (d === 60 || d === 38 || d === 0 || isSpace(d)) break;
      }
      emitRun(i, j);
      i = j;
    }
  }
  const text = parts.join("");
  let heading: Span | undefined;
  if (h1Start >= 0) {
    let from = h1Start;
    while (text[from] === "\n") from++; // separators emitted before the heading's first letter
    let stop = h1End >= 0 ? h1End : text.indexOf("\n", from); // unclosed: up to the next break
    if (stop < 0) stop = text.length;
    while (stop > from && (text[stop - 1] === "\n" || text[stop - 1] === " ")) stop--;
    if (stop > from) heading = { start: from, end: stop };
    if (title === undefined) title = collapse(text.slice(from, stop)) || undefined;
  }
  const out = { text, starts: starts.slice(0, length), ends: ends.slice(0, length) };
  return { ...out, ...(title === undefined ? {} : { title }), ...(heading ? { heading } : {}) };
}

/** Maps a half-open range of `h.text` to the half-open range of the original HTML it came from. */
export function toOriginalSpan(h: HtmlText, start: number, end: number): Span {
  const length = h.text.length;
  const clamp = (x: number) =>
    Number.isFinite(x) ? Math.min(Math.max(Math.trunc(x), 0), length) : 0;
  const s = clamp(start);
  const e = Math.max(s, clamp(end));
  if (s < e) return { start: h.starts[s]!, end: h.ends[e - 1]! };
  // Empty range: the position where text[s] begins, or just after the last character.
  const point = s < length ? h.starts[s]! : length > 0 ? h.ends[length - 1]! : 0;
  return { start: point, end: point };
}
