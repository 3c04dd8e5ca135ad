import { hedges } from "./lexicons/hedges.ts";
import { labels } from "./lexicons/labels.ts";
import { loadedTerms, pejorativeAffixes } from "./lexicons/loaded-terms.ts";
import { reportNouns, reportPhrases, reportVerbs } from "./lexicons/report-verbs.ts";
import { isTitleCased, type Token } from "./tokens.ts";
import type { FramingCategory, Span } from "./types.ts";

/**
 * The lexicons (data files in lexicons/, each citing its published source) compiled into one
 * lookup keyed by first word, so matching a sentence costs one map probe per token.
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

const split = (form: string) => form.toLowerCase().replace(/’/g, "'").split(/[\s\u2010\u2011-]+/).filter(Boolean);

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
      const e: LexiconEntry = { words: split(f), lemma: v.lemma, category: "attribution", strength: v.strength, note: v.note, kind: "verb" };
      add(report, e);
      add(framing, e);
    }
  }
  for (const p of reportPhrases) {
    for (const f of p.forms) {
      const e: LexiconEntry = { words: split(f), lemma: p.phrase, category: "attribution", strength: p.strength, note: p.note, kind: "phrase" };
      add(report, e);
      add(framing, e);
    }
  }
  for (const n of reportNouns) {
    for (const f of n.forms) add(framing, { words: split(f), lemma: n.lemma, category: "attribution", strength: n.strength, note: n.note, kind: "noun" });
  }
  for (const h of hedges) {
    for (const f of h.forms) add(framing, { words: split(f), lemma: h.term, category: "hedge", strength: h.strength, note: h.note, kind: "term" });
  }
  for (const g of labels) {
    for (const t of g.terms) {
      for (const f of t.forms) add(framing, { words: split(f), lemma: t.term, category: "label", strength: t.strength, note: t.note, kind: "term", group: g.group });
    }
  }
  for (const l of loadedTerms) {
    for (const f of l.forms) add(framing, { words: split(f), lemma: l.term, category: l.category, strength: l.strength, note: l.note, kind: "term" });
  }
  return { report, framing };
}

const compiled = compile();

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "every", "each"]);

/** Categories whose words are common words: capitalised mid-sentence, they are part of a name. */
const COMMON_WORD_CATEGORIES = new Set<FramingCategory>(["attribution", "hedge", "intensifier"]);

function match(map: Map<string, LexiconEntry[]>, tokens: readonly Token[], i: number): LexiconEntry | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const inName = i > 0 && first.capitalized && !isTitleCased(tokens);
  const rawLower = first.raw.toLowerCase();
  const list = map.get(rawLower.includes("’") ? rawLower.replace(/’/g, "'") : rawLower) ?? map.get(first.lower);
  if (!list) return undefined;
  const afterDeterminer = DETERMINERS.has(tokens[i - 1]?.lower ?? "");
  outer: for (const e of list) {
    if (inName && COMMON_WORD_CATEGORIES.has(e.category)) continue;
    // "the protest", "a charge": after a determiner a verb form is a noun.
    if (afterDeterminer && e.kind === "verb") continue;
    for (let k = 1; k < e.words.length; k++) {
      const t = tokens[i + k];
      if (!t || (t.lower !== e.words[k] && t.raw.toLowerCase() !== e.words[k])) continue outer;
      // Words of one entry must be adjacent in the text (at most a space or hyphen apart).
      const prev = tokens[i + k - 1];
      if (prev && t.start - prev.end > 2) continue outer;
    }
    return e;
  }
  return undefined;
}

/** A reporting verb or phrase starting at token `i` (said, told, according to, pointed out). */
export function findReportWord(tokens: readonly Token[], i: number): (LexiconEntry & { length: number }) | undefined {
  const e = match(compiled.report, tokens, i);
  return e ? { ...e, length: e.words.length } : undefined;
}

/** Any framing lexicon entry starting at token `i`, or a word coined with a pejorative affix. */
export function findFramingTerm(tokens: readonly Token[], i: number): FramingHit | undefined {
  const e = match(compiled.framing, tokens, i);
  const first = tokens[i];
  if (!first) return undefined;
  const coined = affixHit(tokens, i);
  if (coined && (!e || coined.length > e.words.length)) return coined;
  if (e) {
    const last = tokens[i + e.words.length - 1] ?? first;
    return { start: first.start, end: last.end, length: e.words.length, lemma: e.lemma, category: e.category, strength: e.strength, note: e.note, kind: e.kind, ...(e.group ? { group: e.group } : {}) };
  }
  return undefined;
}

/** The affixes without their hyphen, computed once: this test runs for every token. */
const AFFIXES = pejorativeAffixes.map((a) => ({ ...a, bare: a.affix.replace(/^-|-$/g, "") }));

/** Evaluative coinages (war-mongering, Xphobia) recognised by their productive affix. */
function affixHit(tokens: readonly Token[], i: number): FramingHit | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  let j = i;
  while (tokens[j]?.hyphenNext && j - i < 3) j++;
  const last = tokens[j] ?? first;
  const compound = j === i ? first.lower : tokens.slice(i, j + 1).map((t) => t.lower).join("-");
  for (const a of AFFIXES) {
    const bare = a.bare;
    const ok = a.position === "suffix" ? compound.endsWith(bare) && compound.length >= bare.length + 3 : compound.startsWith(bare) && compound.length >= bare.length + 3;
    if (ok && !a.exclude.includes(compound) && (!a.capitalizedOnly || first.capitalized)) {
      return { start: first.start, end: last.end, length: j - i + 1, lemma: compound, category: "loaded", strength: 2, note: a.note, kind: "term" };
    }
  }
  return undefined;
}
