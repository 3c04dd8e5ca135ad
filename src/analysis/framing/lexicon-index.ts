import { CENTRAL_DETERMINERS } from "../lexicons/stopwords.ts";
import { hedges } from "../lexicons/hedges.ts";
import { labels } from "../lexicons/labels.ts";
import { loadedTerms } from "../lexicons/loaded-terms.ts";
import { reportNouns, reportPhrases, reportVerbs } from "../lexicons/report-verbs.ts";
import { affixesOf, affixHit, NO_AFFIXES, type Affix } from "./affixes.ts";
import { isTitleCased, type Token } from "../text/tokens.ts";
import type { FramingCategory, Span } from "../types.ts";

/**
 * The lexicons (data files in lexicons/, each citing its published source) compiled into one
 * lookup keyed by first word, so matching a sentence costs one map probe per token (a probe per
 * written form, cached: see `probe`).
 */

export interface LexiconEntry {
  /** The words to match, lowercase; a hyphenated entry is split like tokens are. */
  readonly words: readonly string[];
  readonly lemma: string;
  readonly category: FramingCategory;
  readonly strength: 0 | 1 | 2;
  readonly note: string;
  /** For reporting words: verb (said), noun (claims) or phrase (according to). */
  readonly kind: "verb" | "noun" | "phrase" | "term";
  /** For labels: the referent the alternatives name (e.g. "armed conflict"). */
  readonly group?: string;
}

/** A lexicon hit in a sentence, in the sentence's text coordinates. */
export interface FramingHit extends Span {
  readonly length: number;
  readonly lemma: string;
  readonly category: FramingCategory;
  readonly strength: 0 | 1 | 2;
  readonly note: string;
  readonly kind: LexiconEntry["kind"];
  readonly group?: string;
}

const split = (form: string) =>
  form
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\u2010\u2011-]+/)
    .filter(Boolean);

function compile(): { report: Map<string, LexiconEntry[]>; framing: Map<string, LexiconEntry[]> } {
  const report = new Map<string, LexiconEntry[]>();
  const framing = new Map<string, LexiconEntry[]>();
  const add = (map: Map<string, LexiconEntry[]>, e: LexiconEntry) => {
    const first = e.words[0];
    if (!first) return;
    const list = map.get(first) ?? [];
    if (list.some((x) => x.words.join(" ") === e.words.join(" "))) return; // first lexicon wins
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(first, list);
  };
  for (const v of reportVerbs) {
    for (const f of v.forms) {
      const e: LexiconEntry = {
        words: split(f),
        lemma: v.lemma,
        category: "attribution",
        strength: v.strength,
        note: v.note,
        kind: "verb",
      };
      add(report, e);
      add(framing, e);
    }
  }
  for (const p of reportPhrases) {
    for (const f of p.forms) {
      const e: LexiconEntry = {
        words: split(f),
        lemma: p.phrase,
        category: "attribution",
        strength: p.strength,
        note: p.note,
        kind: "phrase",
      };
      add(report, e);
      add(framing, e);
    }
  }
  for (const n of reportNouns) {
    for (const f of n.forms)
      add(framing, {
        words: split(f),
        lemma: n.lemma,
        category: "attribution",
        strength: n.strength,
        note: n.note,
        kind: "noun",
      });
  }
  for (const h of hedges) {
    for (const f of h.forms)
      add(framing, {
        words: split(f),
        lemma: h.term,
        category: "hedge",
        strength: h.strength,
        note: h.note,
        kind: "term",
      });
  }
  for (const g of labels) {
    for (const t of g.terms) {
      for (const f of t.forms)
        add(framing, {
          words: split(f),
          lemma: t.term,
          category: "label",
          strength: t.strength,
          note: t.note,
          kind: "term",
          group: g.group,
        });
    }
  }
  for (const l of loadedTerms) {
    for (const f of l.forms)
      add(framing, {
        words: split(f),
        lemma: l.term,
        category: l.category,
        strength: l.strength,
        note: l.note,
        kind: "term",
      });
  }
  return { report, framing };
}

const compiled = compile();

/** Categories whose words are common words: capitalised mid-sentence, they are part of a name. */
const COMMON_WORD_CATEGORIES = new Set<FramingCategory>(["attribution", "hedge", "intensifier"]);

/** A lexicon entry with what `match` tests of it worked out once, at load. */
interface Candidate<E extends LexiconEntry> {
  readonly entry: E;
  readonly words: readonly string[];
  /** Its category is one of COMMON_WORD_CATEGORIES. */
  readonly common: boolean;
  readonly verb: boolean;
}

type ReportEntry = LexiconEntry & { readonly length: number };

function candidates<E extends LexiconEntry>(
  map: ReadonlyMap<string, readonly LexiconEntry[]>,
  entry: (e: LexiconEntry) => E,
): Map<string, Candidate<E>[]> {
  const out = new Map<string, Candidate<E>[]>();
  for (const [first, list] of map) {
    out.set(
      first,
      list.map((e) => ({
        entry: entry(e),
        words: e.words,
        common: COMMON_WORD_CATEGORIES.has(e.category),
        verb: e.kind === "verb",
      })),
    );
  }
  return out;
}

/** Report entries carry their length, so `findReportWord` returns them as they are. */
const reportIndex = candidates<ReportEntry>(compiled.report, (e) => ({
  ...e,
  length: e.words.length,
}));
const framingIndex = candidates<LexiconEntry>(compiled.framing, (e) => e);

/** What the lexicons hold for one written form (a token's `raw`). */
export interface Probe {
  /** The normalised form (`Token.lower`) the fields below were resolved for. */
  readonly lower: string;
  /** Entries for the lowercase written form (curly apostrophes straightened), else for `lower`. */
  readonly report: readonly Candidate<ReportEntry>[] | undefined;
  readonly framing: readonly Candidate<LexiconEntry>[] | undefined;
  /** Pejorative affixes `lower` is coined with, as a word on its own. */
  readonly affixes: readonly Affix[];
}

/**
 * Probes by written form, looked up once per form: a sentence scan asks for every token, and one
 * lookup by the token's own string is far cheaper than lowercasing it and looking up twice, as
 * matching used to. Most words are in no lexicon; for those the table holds just the normalised
 * form they were resolved for, and comparing that with the token's `lower` is an identity test
 * (tokens.ts gives every token of one written form the same strings), so scanning them touches
 * nothing more. A token whose `lower` is another string is simply resolved again.
 *
 * The table is a prototype-free object rather than a Map: V8 internalises a string used as a
 * property name once, and from then on finds it by identity, which measured faster than
 * `Map.get` on this, the hottest lookup of the stage.
 */
let probes = Object.create(null) as ProbeTable;

/** A token's written form to its probe, or to the `lower` it was found in no lexicon for. */
type ProbeTable = Record<string, Probe | string>;
let probeCount = 0;

function probe(token: Token): Probe {
  const known = probes[token.raw];
  if (known === token.lower) return NO_PROBE;
  if (known !== undefined && typeof known !== "string" && known.lower === token.lower) return known;
  const lowered = token.raw.toLowerCase();
  const key = lowered.includes("’") ? lowered.replace(/’/g, "'") : lowered;
  const lower = token.lower;
  const sameKey = key === lower;
  const p: Probe = {
    lower,
    report: reportIndex.get(key) ?? (sameKey ? undefined : reportIndex.get(lower)),
    framing: framingIndex.get(key) ?? (sameKey ? undefined : framingIndex.get(lower)),
    affixes: affixesOf(lower),
  };
  if (++probeCount > 200_000) {
    probes = Object.create(null) as ProbeTable;
    probeCount = 0;
  }
  probes[token.raw] = p.report || p.framing || p.affixes.length > 0 ? p : lower;
  return p;
}

/**
 * `raw.toLowerCase() === word`, without making the lowercase string: for ASCII (nearly every
 * token) lowercasing keeps the length and maps only A-Z, so the codes are compared directly.
 */
function lowersTo(raw: string, word: string): boolean {
  if (raw.length !== word.length) {
    for (let i = 0; i < raw.length; i++)
      if (raw.charCodeAt(i) >= 128) return raw.toLowerCase() === word;
    return false;
  }
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128) return raw.toLowerCase() === word;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The first entry of `list` that matches at token `i`, else undefined; `list` is what the lexicon
 * holds for the token's written form, or else for its normalised form (`lower`).
 */
function match<E extends LexiconEntry>(
  list: readonly Candidate<E>[],
  tokens: readonly Token[],
  i: number,
): E | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  // Both context tests are asked only of entries they can exclude: whether a capital
  // mid-sentence marks a name needs the whole sentence (title case?).
  let inName: boolean | undefined;
  let afterDeterminer: boolean | undefined;
  // Indexed, not for-of: this runs for a good share of all tokens, and the iterator was garbage.
  outer: for (let n = 0; n < list.length; n++) {
    const c = list[n];
    if (!c) continue;
    if (c.common && (inName ??= i > 0 && first.capitalized && !isTitleCased(tokens))) continue;
    // "the protest", "a charge": after a determiner a verb form is a noun; not after one that
    // ends a clause or a quotation (`"… No," said Okafor`).
    if (c.verb && (afterDeterminer ??= followsDeterminer(tokens, i))) continue;
    const words = c.words;
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      const w = words[k] ?? "";
      // A written form equal to its normalised form (lowercase, per Token) lowercases to itself,
      // so `lower` has decided already.
      if (!t || (t.lower !== w && (t.raw === t.lower || !lowersTo(t.raw, w)))) continue outer;
      // Words of one entry must be adjacent in the text (at most a space or hyphen apart).
      const prev = tokens[i + k - 1];
      if (prev && t.start - prev.end > 2) continue outer;
    }
    return c.entry;
  }
  return undefined;
}

/** True when token `i` comes right after a central determiner, with only a space between. */
function followsDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return !!prev && !!t && CENTRAL_DETERMINERS.has(prev.lower) && t.start - prev.end <= 1;
}

/** A reporting verb or phrase starting at token `i` (said, told, according to, pointed out). */
export function findReportWord(tokens: readonly Token[], i: number): ReportEntry | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const list = probe(first).report;
  return list && match(list, tokens, i);
}

/** Any framing lexicon entry starting at token `i`, or a word coined with a pejorative affix. */
export function findFramingTerm(tokens: readonly Token[], i: number): FramingHit | undefined {
  const first = tokens[i];
  return first && framingTermAt(tokens, i, first, probe(first));
}

function framingTermAt(
  tokens: readonly Token[],
  i: number,
  first: Token,
  p: Probe,
): FramingHit | undefined {
  const e = p.framing && match(p.framing, tokens, i);
  // A coinage is a word with an affix, or a hyphenated compound: nearly every token is neither.
  const coined = p.affixes.length > 0 || first.hyphenNext ? affixHit(tokens, i, p) : undefined;
  if (coined && (!e || coined.length > e.words.length)) return coined;
  if (e) {
    const last = tokens[i + e.words.length - 1] ?? first;
    const { lemma, category, strength, note, kind, group } = e;
    const length = e.words.length;
    return group
      ? { start: first.start, end: last.end, length, lemma, category, strength, note, kind, group }
      : { start: first.start, end: last.end, length, lemma, category, strength, note, kind };
  }
  return undefined;
}

/** What framing reads in one sentence. */
export interface SentenceScan {
  /** Lexicon hits as `findFramingTerm` finds them: longest match first at each position, non-overlapping. */
  readonly hits: readonly FramingHit[];
  /** The span of each reporting verb (not phrase or noun) `findReportWord` finds, at any token. */
  readonly verbs: readonly Span[];
}

const NONE: readonly never[] = [];
const NOTHING: SentenceScan = { hits: NONE, verbs: NONE };

/** Both lists of a sentence in one pass, one probe per token for the two. */
export function scanSentence(tokens: readonly Token[]): SentenceScan {
  // Made on the first hit or verb: many sentences have neither.
  let hits: FramingHit[] | undefined;
  let verbs: Span[] | undefined;
  let free = 0; // the first token not inside a hit
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const p = probe(t);
    if (p === NO_PROBE && !t.hyphenNext) continue; // most words: in no lexicon, not a compound
    if (p.report) {
      const w = match(p.report, tokens, i);
      const last = tokens[i + (w?.length ?? 1) - 1];
      if (w && last && w.kind === "verb") (verbs ??= []).push({ start: t.start, end: last.end });
    }
    if (i < free) continue;
    const hit = framingTermAt(tokens, i, t, p);
    if (hit) {
      (hits ??= []).push(hit);
      free = i + hit.length;
    }
  }
  return hits || verbs ? { hits: hits ?? NONE, verbs: verbs ?? NONE } : NOTHING;
}

const NO_PROBE: Probe = { lower: "", report: undefined, framing: undefined, affixes: NO_AFFIXES };
