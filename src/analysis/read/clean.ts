import { findQuoteSpans } from "../text/quote-marks.ts";
import { splitParagraphs, splitSentences } from "./segment.ts";
import { startsWithDigit, tokenize, type Token } from "../text/tokens.ts";
import { STOPWORDS } from "../lexicons/stopwords.ts";
import { CREDIT_WORDS, hasChromeWording } from "./chrome-wording.ts";
import { endsAsSentence, endsWithEllipsis, isTerminal } from "./line-ends.ts";
import type { RemovedSpan, SentenceRole, Span } from "../types.ts";

/**
 * Boilerplate removal for scraped article pages, by general signals only (no site's wording):
 * the shape of the block (short label, list item, truncated teaser, "3 hours ago" stamp),
 * who it addresses (appeals speak to "you" and about "us"; news prose does not), page-template
 * vocabulary (lexicons/page-chrome.ts), its position (above the headline, after the article's
 * last on-topic paragraph), and its distance from the article's topic (lexical cohesion with the
 * other paragraphs). The features follow Kohlschütter et al. (2010), "Boilerplate detection using
 * shallow text features"; the cohesion test is this product's own addition.
 */

/** A paragraph of the article that survives cleaning. */
export interface Block extends Span {
  readonly role: SentenceRole;
  /** The paragraph's tokens (offsets into the text), so later stages need not tokenise again. */
  readonly tokens: readonly Token[];
}

export interface CleanResult {
  /** Kept paragraphs in reading order. */
  readonly blocks: readonly Block[];
  /** Removed paragraphs with a reason a reader understands, in text order. */
  readonly removed: readonly RemovedSpan[];
  /** The headline block, when one was found. */
  readonly title?: Span;
}

interface Features extends Span {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly words: number;
  readonly content: ReadonlySet<string>;
  readonly terminal: boolean;
  readonly stamp: boolean;
  readonly teaser: boolean;
  readonly address: number;
  /** Contains page-chrome wording; only computed for the blocks where it decides. */
  readonly chrome: boolean;
  readonly byline: boolean;
  readonly credit: boolean;
  /** Runs of capitalised words (one to three), lowercase, e.g. "daily courier". */
  readonly names: readonly string[];
}

const TIME_AGO =
  /^(?:(?:about|over|almost|updated|posted|published)\s+)?(?:\d+|an?|one|a few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\s+ago\.?$/i;
/** A time stamp leading a teaser line: "3 hours ago · …", "Yesterday — …". */
const STAMP_LEAD =
  /^(?:(?:\d+|an?|one)\s+(?:min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago|yesterday|today)\s*[·•|—–-]\s*\S/i;
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*[-–|,]?\s*\d{1,2}:\d{2}.*)?$|^\d{4}-\d{2}-\d{2}/i;
const DATE_ANYWHERE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/i;
const READER_ADDRESS = new Set([
  "you",
  "your",
  "yours",
  "we",
  "our",
  "ours",
  "us",
  "please",
  "ourselves",
]);
/** Share of a paragraph's content words found elsewhere in the article for it to anchor the body. */
const CORE_COHESION = 0.3;
/** An e-mail address or an international telephone number. */
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.-]+|\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,}/;
const ABOUT_HEADING = "heading of an 'About …' section";
/** After chrome, a paragraph must be this much on-topic to still count as the article's. */
const TAIL_COHESION = 0.5;
/** Share of a headline's content words that the body must repeat: a headline names the story. */
const HEADLINE_COHESION = 0.3;
/** How many paragraphs of the start we search for a headline. */
const HEADLINE_WINDOW = 6;

/** Splits `text` (within `scope`, e.g. the article part of an HTML page) into kept and removed blocks. */
export function cleanText(
  text: string,
  scope: readonly Span[] = [{ start: 0, end: text.length }],
): CleanResult {
  const paragraphs = scope.flatMap((s) => splitParagraphs(text, s));
  const feats = paragraphs.map((p) => describe(text, p));
  const verdict: (string | null)[] = feats.map(() => null);
  const roles: SentenceRole[] = feats.map(() => "body");

  markLists(feats, verdict);
  feats.forEach((f, i) => {
    if (!verdict[i] && isMenu(f.text)) verdict[i] = "navigation, breadcrumb or tag list";
  });
  feats.forEach((f, i) => {
    if (!verdict[i] && /©|\(c\)\s*\d{4}|all rights reserved/i.test(f.text))
      verdict[i] = "copyright or legal notice";
    else if (!verdict[i] && f.words <= 20 && CONTACT.test(f.text))
      verdict[i] = "contact details (an e-mail address or telephone number)";
    else if (
      !verdict[i] &&
      !f.terminal &&
      f.words <= 6 &&
      /^[Aa]bout\s+(?:the\s+)?\p{Lu}/u.test(f.text)
    )
      verdict[i] = `${ABOUT_HEADING} (the publisher's own boilerplate)`;
    else if (!verdict[i] && f.chrome && (f.address > 0 || f.words <= CHROME_MAX_WORDS))
      verdict[i] = "site navigation or promotion wording";
  });
  // Speaking to "you" about "us" marks an appeal, but columnists and quoted speakers do it too:
  // it only counts outside the article's core (above the headline, after the last paragraph).
  const appeal = feats.map((f) => f.address >= 2 && f.address / Math.max(f.words, 1) >= 0.04);

  const cohesion = topicCohesion(
    feats,
    feats.map((_, i) => !!verdict[i] || !!appeal[i]),
  );
  const isCore = (i: number) => {
    const f = feats[i];
    return (
      !!f &&
      !verdict[i] &&
      !appeal[i] &&
      f.terminal &&
      f.words >= 8 &&
      (cohesion[i] ?? 0) >= CORE_COHESION
    );
  };
  // The body starts at the first prose paragraph. It ends at the on-topic paragraph that best
  // splits the page into "mostly article" before and "mostly chrome" after: the maximum of
  // (core paragraphs so far − chrome blocks so far). An advertisement line inside the article
  // does not end it; a bio after the share bar does not extend it.
  const first = feats.findIndex((f, i) => !verdict[i] && !appeal[i] && f.terminal && f.words >= 8);
  let last = -1;
  let balance = 0;
  let best = -Infinity;
  feats.forEach((_, i) => {
    if (isCore(i)) {
      balance++;
      if (balance > best) {
        best = balance;
        last = i;
      }
    } else if (verdict[i] || appeal[i]) balance--;
  });
  // The site's own name recurs in its chrome ("Support <Site>!", "<Site> Editorial Staff"); a
  // name seen in chrome and never in the article marks a line as the site talking about itself.
  const selfNames = siteNames(
    feats,
    (i) => !!verdict[i] || !!appeal[i],
    (i) => i >= first && i <= last,
  );
  const namesSite = (f: Features) => [...selfNames].some((n) => f.names.includes(n));
  // A short report may have no paragraph that repeats the others' words: its first prose
  // paragraph is still the article.
  if (first >= 0 && last < first) last = first;
  if (first < 0) {
    // No article-like paragraph at all (a list, a few words): keep what has no chrome signal.
    return finish(feats, verdict, roles, undefined);
  }

  // Above the first body paragraph: the first on-topic, headline-shaped block is the headline;
  // bylines, dates and captions may sit between it and the body, page labels above it.
  let title: number | undefined;
  for (let i = Math.max(0, first - HEADLINE_WINDOW); i < first; i++) {
    const f = feats[i];
    if (!f || verdict[i] || appeal[i]) continue;
    if (
      title === undefined &&
      looksLikeHeadline(f) &&
      (cohesion[i] ?? 0) >= HEADLINE_COHESION &&
      !isDateLine(f) &&
      !namesSite(f)
    ) {
      title = i;
      roles[i] = "headline";
    } else if (title !== undefined) {
      roles[i] = f.byline
        ? "byline"
        : f.credit
          ? "caption"
          : isDateLine(f)
            ? "label"
            : f.terminal && f.words >= 8
              ? "body"
              : "label";
    }
  }
  const bodyStart = title ?? first;

  for (let i = 0; i < bodyStart; i++) {
    const f = feats[i];
    if (!f || verdict[i]) continue;
    if (appeal[i]) verdict[i] = "addresses the reader (an appeal or site message, not reporting)";
    else if (!f.terminal || (f.words <= 6 && !f.text.endsWith(".")))
      verdict[i] = "page label above the headline";
    else roles[i] = f.byline ? "byline" : f.credit ? "caption" : "body";
  }

  // After the last on-topic paragraph: chrome signals (appeals, short labels, link lists) are
  // removed, and so is any off-topic paragraph that follows removed chrome (a staff bio after the
  // byline). A paragraph that is merely less on-topic, with no chrome near it, stays.
  let afterChrome = false;
  let aboutSection = false;
  for (let i = last + 1; i < feats.length; i++) {
    const f = feats[i];
    if (!f) continue;
    const offTopic = (cohesion[i] ?? 0) < 0.15;
    if (verdict[i]?.startsWith(ABOUT_HEADING)) aboutSection = true;
    else if (!f.terminal && f.words <= 8) aboutSection = false;
    if (aboutSection) verdict[i] ??= "in the publisher's 'About …' section";
    else if (appeal[i])
      verdict[i] ??= "addresses the reader (an appeal or site message, not reporting)";
    else if (!f.terminal && f.words <= 8 && !leadsIntoQuotation(f.text, feats[i + 1]?.text))
      verdict[i] ??= "short line after the article's end";
    else if (afterChrome && offTopic)
      verdict[i] ??=
        "after the article's end, on another topic (a bio, a promotion or a link list)";
    else if (afterChrome && (cohesion[i] ?? 0) < TAIL_COHESION)
      verdict[i] ??=
        "after the article's end, following page chrome (about the publisher, contacts, notes)";
    else if (afterChrome && namesSite(f))
      verdict[i] ??= "after the article's end, about the site or its staff";
    else if (afterChrome && f.teaser) verdict[i] ??= "teaser of a linked story";
    if (verdict[i]) afterChrome = true;
  }

  // Inside the body: short lines without a full stop are subheads or labels, but for a lead-in
  // to the quotation that opens the next paragraph (`He said:`, `The agency added:`), which is
  // the reporting clause of that quotation.
  for (let i = bodyStart; i <= last; i++) {
    const f = feats[i];
    if (
      f &&
      !verdict[i] &&
      roles[i] === "body" &&
      !f.terminal &&
      f.words <= 12 &&
      i !== title &&
      !leadsIntoQuotation(f.text, feats[i + 1]?.text)
    ) {
      roles[i] = f.credit ? "caption" : f.byline ? "byline" : "label";
    }
  }
  return finish(feats, verdict, roles, title);
}

/**
 * Menus, breadcrumbs, share bars and tag lists: short items joined by separators
 * ("News / Region / Town", "Email · Copy link · Print", "Topics: Water · Health").
 */
function isMenu(line: string): boolean {
  // Without a separator there is one part: no need to split.
  if (!MENU_SEPARATOR_CHARS.test(line)) return false;
  const parts = line
    .split(/\s+(?:[|›»·•/]|::)\s+|\s*[|›»·•]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || endsAsSentence(line)) return false;
  return parts.every((p) => p.split(/\s+/).length <= 4);
}

const MENU_SEPARATOR_CHARS = /[|›»·•/:]/;

function isDateLine(f: Features): boolean {
  return DATE_LINE.test(f.text) || (f.words <= 12 && DATE_ANYWHERE.test(f.text));
}

function finish(
  feats: Features[],
  verdict: (string | null)[],
  roles: SentenceRole[],
  title: number | undefined,
): CleanResult {
  const blocks: Block[] = [];
  const removed: RemovedSpan[] = [];
  feats.forEach((f, i) => {
    const reason = verdict[i];
    if (reason) removed.push({ start: f.start, end: f.end, reason });
    else blocks.push({ start: f.start, end: f.end, role: roles[i] ?? "body", tokens: f.tokens });
  });
  const t = title === undefined ? undefined : feats[title];
  return t ? { blocks, removed, title: { start: t.start, end: t.end } } : { blocks, removed };
}

function describe(text: string, span: Span): Features {
  const s = text.slice(span.start, span.end);
  const quotes = findQuoteSpans(text, span).map((q) => ({
    start: q.outer.start - span.start,
    end: q.outer.end - span.start,
  }));
  const tokens = tokenize(text, span.start, span.end);
  const content = new Set<string>();
  let address = 0;
  for (const t of tokens) {
    if (t.lower.length > 2 && !startsWithDigit(t.lower) && !t.form.stopword) content.add(t.stem);
    // The reader is addressed outside quotations ("you" in a quoted remark is someone else's).
    // Every form that counts has its lowercase form in the set, so that test comes first.
    if (!READER_ADDRESS.has(t.lower)) continue;
    if (
      quotes.length > 0 &&
      quotes.some((q) => t.end - span.start > q.start && t.start - span.start < q.end)
    )
      continue;
    if (READER_ADDRESS.has(t.raw) || (t.raw === t.raw.toLowerCase() && t.raw !== "US")) address++;
  }
  // Chrome wording only decides for a short block or one that addresses the reader (see
  // judgeParagraphs), so only those are searched for it.
  const chrome = (address > 0 || tokens.length <= CHROME_MAX_WORDS) && hasChromeWording(s, quotes);
  // A credit line's words must be in its last sentence; without them anywhere, no need to split.
  const lastSentence = CREDIT_WORDS.test(s) ? splitSentences(text, span).at(-1) : undefined;
  const tail = lastSentence ? text.slice(lastSentence.start, lastSentence.end) : s;
  const names: string[] = [];
  tokens.forEach((t, i) => {
    if (!t.capitalized) return;
    let run = "";
    for (let k = i; k < Math.min(tokens.length, i + 3) && tokens[k]?.capitalized; k++) {
      run = run ? `${run} ${tokens[k]?.lower}` : (tokens[k]?.lower ?? "");
      if (k > i || i > 0 || /^\p{Lu}{2,}$/u.test(t.raw)) names.push(run);
    }
  });
  return {
    start: span.start,
    end: span.end,
    names,
    text: s,
    tokens,
    words: tokens.length,
    content,
    terminal: isTerminal(s) && !endsWithEllipsis(s),
    stamp: TIME_AGO.test(s.trim()) || STAMP_LEAD.test(s.trim()),
    teaser: endsWithEllipsis(s) && tokens.length >= 6,
    address,
    chrome,
    byline: /^(?:by|written by|reporting by|text by)\s+\p{Lu}/iu.test(s) && tokens.length <= 12,
    credit: !endsAsSentence(tail) && CREDIT_WORDS.test(tail) && tokens.length >= 3,
  };
}

/** Blocks up to this many words are judged on chrome wording alone (with no reader address). */
const CHROME_MAX_WORDS = 12;

/**
 * "Recent posts" style lists: a time-ago stamp closes an item; the teaser ending in an ellipsis
 * and the headline above it belong to that item; a short heading right above the first item
 * names the list.
 */
function markLists(feats: Features[], verdict: (string | null)[]): void {
  feats.forEach((f, i) => {
    if (!f.stamp) return;
    verdict[i] = "time stamp of a linked story";
    let j = i - 1;
    if (feats[j]?.teaser) {
      verdict[j] = "teaser of a linked story";
      j--;
    }
    const head = feats[j];
    if (head && !head.terminal && head.words <= 25 && !head.stamp) {
      verdict[j] = "headline of a linked story";
      j--;
    }
    const label = feats[j];
    if (label && !label.terminal && label.words <= 4 && !verdict[j])
      verdict[j] = "heading of a list of links";
  });
  feats.forEach((f, i) => {
    const next = feats[i + 1];
    if (f.teaser && !verdict[i] && next && (verdict[i + 1] || next.stamp))
      verdict[i] = "teaser of a linked story";
  });
}

/** Share of a block's content words found in the other kept, prose-like blocks (0..1). */
function topicCohesion(feats: Features[], excluded: readonly boolean[]): number[] {
  const counts = new Map<string, number>();
  const prose = feats.map((f, i) => !excluded[i] && f.words >= 6);
  feats.forEach((f, i) => {
    if (prose[i]) for (const w of f.content) counts.set(w, (counts.get(w) ?? 0) + 1);
  });
  return feats.map((f, i) => {
    if (f.content.size === 0) return 0;
    let shared = 0;
    for (const w of f.content) if ((counts.get(w) ?? 0) - (prose[i] ? 1 : 0) > 0) shared++;
    return shared / f.content.size;
  });
}

/** Name runs that occur in chrome blocks and nowhere in the article body. */
function siteNames(
  feats: readonly Features[],
  isChrome: (i: number) => boolean,
  inBody: (i: number) => boolean,
): Set<string> {
  const inChrome = new Set<string>();
  const elsewhere = new Set<string>();
  feats.forEach((f, i) => {
    if (isChrome(i)) for (const n of f.names) inChrome.add(n);
    else if (inBody(i)) for (const n of f.names) elsewhere.add(n);
  });
  return new Set([...inChrome].filter((n) => !elsewhere.has(n) && !STOPWORDS.has(n)));
}

function looksLikeHeadline(f: Features): boolean {
  if (f.words < 3 || f.words > 30 || f.stamp || f.byline || f.credit) return false;
  if (f.words <= 4 && !/\p{Ll}/u.test(f.text)) return false; // an all-capitals kicker or label
  return !/[.]["”’]?$/.test(f.text) || /^\P{Ll}*$/u.test(f.text.replace(/\s/g, ""));
}

/** A line ending in a colon before a paragraph that opens with a quotation mark. */
function leadsIntoQuotation(line: string, next: string | undefined): boolean {
  return /:\s*$/.test(line) && next !== undefined && /^\s*["“‘'«]/.test(next);
}
