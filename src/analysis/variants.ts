import { indexPairs, type PairIndex, type SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { collapseDoubles, isAcronymOf, relateForms, skeleton, splitName, type NameRelation } from "./names.ts";
import { isAcronym, isTitleCased, type Token } from "./tokens.ts";
import type { VariantGroup, VariantKind } from "./types.ts";

/**
 * One person, place or term written differently across sources: transliterations (Okafor /
 * Okaafor, Abdel-Malik al-Rouaished / Abdulmalik al-Ruwaishid), typos (Jonh / John),
 * spelling and separators (Okafor-Reyes / Okafor Reyes, Ó Faoláin / O'Faolain), acronyms and
 * their expansion. Found by string relation (names.ts) together with context, never from a list
 * of names:
 * - complementary use: each source writes only its own form (a source that writes both "Niger"
 *   and "Nigeria" means two places);
 * - same role: single words must occur in sentences the aligner paired and stand next to the
 *   same words (Amina Okafor / Amina Okaafor) or relate by a transliteration rule; whole names
 *   of two words or more are specific enough to need only the string relation.
 */

interface Occurrence {
  readonly sentence: DocSentence;
  /** Token range [first, last] inside the sentence. */
  readonly first: number;
  readonly last: number;
  /** View-coordinate span of the form (kept as numbers: a span object is made only for output). */
  readonly start: number;
  readonly end: number;
}

/**
 * A written form in one source. Everything the comparisons read about the text is derived once
 * here, since each form meets many others.
 */
interface Form {
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
  /** In document order (sentence, then token). */
  readonly occurrences: Occurrence[];
  /** Built on first use, by `bySentence` and `neighboursOf`. */
  bySentence?: ReadonlyMap<number, readonly Occurrence[]>;
  neighbours?: { readonly before: Neighbours; readonly after: Neighbours };
}

const SENTENCE_STARTERS = new Set(["the", "a", "an", "this", "that", "in", "on", "at", "it", "he", "she", "they", "we", "but", "and", "last", "according"]);
/** Particles inside names, dropped when comparing transliterations (al-, el-, bin, ibn, van, de). */
const PARTICLES = new Set(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "bin", "ibn", "bint", "van", "von", "de", "da", "di", "du", "del", "der", "la", "le"]);
/** Shortest particle-free skeleton for which one edit still means the same transliterated name. */
const MIN_FUZZY_SKELETON = 8;

/** A-Z, a-z or 0-9. */
const isAsciiAlphanumeric = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);

/**
 * Letters and digits only, lowercase, diacritics folded. Plain ASCII (nearly every name) needs no
 * Unicode normalisation, and letters and digits alone not even the regex.
 */
function foldKey(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
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
function withoutPossessive(s: string): string {
  const n = s.length;
  if (n >= 2 && s.charCodeAt(n - 1) === 115 /* s */) {
    const q = s.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return s.slice(0, -2);
  }
  return s;
}

const withoutDots = (s: string) => (s.includes(".") ? s.replace(/\./g, "") : s);

/**
 * A growable list of integers in a typed array, for the scratch and bulk lists of this stage.
 * Clearing keeps the storage (setting an array's length to 0 frees it), and typed storage lives
 * outside the young generation: blocking files a dozen keys per name, and as plain arrays they
 * were most of this stage's garbage.
 */
class IntList {
  items = new Int32Array(16);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(x: number): void {
    if (this.size === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.size++] = x;
  }

  get(i: number): number {
    return this.items[i] ?? 0;
  }

  /** Sorts ascending; short lists (the usual case) by insertion. */
  sort(): void {
    if (this.size > 32) {
      this.items.subarray(0, this.size).sort();
      return;
    }
    const items = this.items;
    for (let i = 1; i < this.size; i++) {
      const x = items[i] ?? 0;
      let j = i - 1;
      for (; j >= 0 && (items[j] ?? 0) > x; j--) items[j + 1] = items[j] ?? 0;
      items[j + 1] = x;
    }
  }
}

/** Finds variant groups across the documents, in order of first appearance. */
export function findVariants(
  docs: readonly Doc[],
  pairs: readonly SentencePair[],
  { exhaustive = false }: { readonly exhaustive?: boolean } = {},
): VariantGroup[] {
  const forms = docs.map((d) => collectForms(d));
  // Per source, the keys and lowercase texts it uses; only asked for forms that relate, so built on first use.
  const keysUsed = lazyPerSource(forms, (f) => f.key);
  const textsUsed = lazyPerSource(forms, (f) => f.lower);
  const partners = new Partners(pairs);
  const groups = new UnionFind<Form>();
  const kinds = new Map<Form, VariantKind>();
  const link = (a: Form, b: Form, kind: VariantKind) => {
    groups.union(a, b);
    kinds.set(a, kinds.get(a) ?? kind);
    kinds.set(b, kinds.get(b) ?? kind);
  };

  for (let d = 0; d < docs.length; d++) {
    for (let e = d + 1; e < docs.length; e++) {
      const others = forms[e] ?? [];
      const index = exhaustive ? undefined : new BlockIndex(others);
      for (const a of forms[d] ?? []) {
        const found = index?.candidatesFor(a);
        for (let c = 0; c < (found ? found.size : others.length); c++) {
          const b = others[found ? found.get(c) : c];
          if (!b) continue;
          const rel = relation(a, b);
          if (!rel || rel === "case" && a.words === 1) continue;
          if (rel === "abbreviation") {
            // Only the side that writes the acronym must lack the expansion.
            const short = a.words === 1 ? a : b;
            const long = a.words === 1 ? b : a;
            if (keysUsed(short.doc).has(long.key)) continue;
          } else if (textsUsed(d).has(b.lower) || textsUsed(e).has(a.lower)) continue;
          if (a.words === 1 && b.words === 1 && !sameRole(a, b, partners, rel)) continue;
          link(a, b, rel);
        }
      }
    }
  }
  // A word variant inside a name variant (Okafor in Amina Okafor, Okaafor in Amina Okaafor)
  // joins the name's group, so the reader sees one person written two ways. What each group
  // holds is read once here, not again for every pair of groups.
  const sets = groups.sets().map((set) => {
    const members = [...set];
    const words = members.filter((f) => f.words === 1);
    return { anyMember: first(set), words, names: members.filter((f) => f.words > 1), wordDocs: new Set(words.map((f) => f.doc)) };
  });
  for (const w of sets) {
    // Single words from at least two sources, or the group cannot join a name's group.
    if (w.words.length === 0 || w.wordDocs.size < 2) continue;
    for (const n of sets) {
      if (w === n || groups.find(w.anyMember) === groups.find(n.anyMember)) continue;
      const nested = [...w.wordDocs].every((doc) =>
        w.words.some((word) => word.doc === doc && n.names.some((name) => name.doc === doc && inside(word, name))));
      if (nested) groups.union(n.anyMember, w.anyMember);
    }
  }

  const out: { first: number; group: Omit<VariantGroup, "id"> }[] = [];
  for (const members of groups.sets()) {
    // Per source, a title-prefixed name ("Justice Minister X") gives way to the bare name ("X").
    const kept = [...members].filter((f) => f.words === 1 || ![...members].some((g) => g !== f && g.doc === f.doc && g.words > 1 && g.words < f.words && f.text.endsWith(g.text)));
    const sorted = kept.sort((x, y) => x.doc - y.doc || (x.occurrences[0]?.start ?? 0) - (y.occurrences[0]?.start ?? 0));
    if (new Set(sorted.map((f) => f.doc)).size < 2) continue;
    const kind = sorted.map((f) => kinds.get(f)).find((k) => k !== undefined) ?? "other";
    out.push({
      first: Math.min(...sorted.map((f) => f.doc * 1e9 + (f.occurrences[0]?.start ?? 0))),
      group: {
        kind,
        forms: sorted.map((f) => {
          const doc = docs[f.doc];
          return {
            source: doc?.id ?? "",
            text: f.text,
            spans: f.occurrences.map((o) => (doc ? doc.toOriginal({ start: o.start, end: o.end }) : { start: o.start, end: o.end })),
          };
        }),
      },
    });
  }
  return out.sort((x, y) => x.first - y.first).map((x, i) => ({ id: `v${i + 1}`, ...x.group }));
}

function lazyPerSource(forms: readonly (readonly Form[])[], value: (f: Form) => string): (doc: number) => ReadonlySet<string> {
  const sets: Set<string>[] = [];
  return (doc) => (sets[doc] ??= new Set((forms[doc] ?? []).map(value)));
}

function first<T>(set: ReadonlySet<T>): T {
  for (const x of set) return x;
  throw new Error("empty set");
}

/**
 * Does a word's occurrence fall inside one of a name's, in the same sentence? The word's
 * occurrences are looked up by sentence (frequent names occur hundreds of times, and trying every
 * pair of occurrences showed).
 */
function inside(word: Form, name: Form): boolean {
  const at = bySentence(word);
  for (const o of name.occurrences) {
    const xs = at.get(o.sentence.global);
    if (xs?.some((x) => x.sentence === o.sentence && x.first >= o.first && x.last <= o.last)) return true;
  }
  return false;
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
function collectForms(doc: Doc): Form[] {
  const view = doc.view;
  const byText = new Map<string, Form>();
  const add = (text: string, words: number, sentence: DocSentence, first: number, last: number, start: number) => {
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
        nameSkeleton: words > 1 ? (sp.nameSkeleton ??= skeleton(sp.parts.filter((w) => !isParticle(w)).join(""))) : "",
        occurrences: [],
      };
      byText.set(text, f);
    }
    f.occurrences.push({ sentence, first, last, start, end: start + text.length });
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
    let runEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !isCapital(tokens, i)) continue;
      if (t.raw.length >= 2) add(withoutPossessive(t.raw), 1, sentence, i, i, t.start);
      if (i <= runEnd) continue; // inside the run started before
      runEnd = runFrom(tokens, i, view);
      if (runEnd > i) {
        runs.push(i);
        runs.push(runEnd);
      }
    }
    for (let r = 0; r < runs.size; r += 2) {
      // The whole run and each tail of it, so "Justice Minister X" also yields "Minister X" and "X".
      const i = runs.get(r);
      const j = runs.get(r + 1);
      const b = tokens[j];
      for (let k = i; k < j && b; k++) {
        const a = tokens[k];
        if (!a || !a.capitalized) continue;
        add(withoutPossessive(view.slice(a.start, b.end)), j - k + 1, sentence, k, j, a.start);
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
    if (gap > 1 || (gap === 1 && isNameBreak(view.charCodeAt(cur.end)))) return j;
    if (next.capitalized || (PARTICLES.has(next.lower) && tokens[j + 2]?.capitalized)) j++;
    else return j;
  }
}

/** , . ; : */
const isNameBreak = (c: number) => c === 44 || c === 46 || c === 59 || c === 58;

/*
 * Blocking. Comparing every form of one source with every form of another grows with the square
 * of the number of names; instead each form is filed under keys that any related form must share
 * with it, and only forms sharing a key are compared. Every way `relation` can answer non-null
 * has a key (tests check that the result equals comparing all pairs):
 *  - the folded key (case, spelling, dotted acronyms);
 *  - the letters in order of code point (two swapped letters);
 *  - the word without doubled letters; the transliteration skeleton;
 *  - the word with each one letter deleted, and the word itself (any one-letter edit: the
 *    "symmetric delete" of Garbe's SymSpell);
 *  - an acronym's letters, and a phrase's capital initials;
 *  - a name of several words with one of its first two words, under its word count (two names
 *    of equal length differing in one word agree on word 0 or word 1; a name whose split shows
 *    fewer than two words is compared with every name of its length);
 *  - the particle-free skeleton of a longer name and its one-letter deletions.
 *
 * A key is a kind and a string, and is filed by its hash (FNV-1a over the kind and the string's
 * UTF-16 units, computed straight from the text: a word's dozen deletion keys are never built as
 * strings). Two keys may share a hash; that only adds a candidate, which `relation` rejects, so
 * the result is the one the keys themselves give.
 */
const INITIALS = 1;
const FOLDED = 2;
const SORTED = 3;
const UNDOUBLED = 4;
const SKELETON = 5;
const DELETION = 6;
const NAME_WORD = 7;
const NAME_LENGTH = 8;
const NAME_DELETION = 9;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const fnv = (h: number, unit: number) => Math.imul(h ^ unit, FNV_PRIME);
/** Kept to 30 bits, so keys stay small integers in the index's map. */
const finish = (h: number) => h & 0x3fffffff;

/** Hash of a key: its kind, then the units of `s`, leaving out index `skip` (a deletion key) and, if asked, periods. */
function hashKey(kind: number, s: string, skip = -1, dropDots = false): number {
  let h = fnv(FNV_OFFSET, kind);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i !== skip && !(dropDots && c === 46)) h = fnv(h, c);
  }
  return finish(h);
}

/** Scratch for sorting a word's letters, reused (blocking is synchronous). */
const letterCodes = new IntList();

/** Hash of `[...d].sort().join("")`: without surrogates, code units sort like the one-letter strings. */
function hashSortedLetters(d: string): number {
  letterCodes.clear();
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return hashKey(SORTED, [...d].sort().join(""));
    letterCodes.push(c);
  }
  letterCodes.sort();
  let h = fnv(FNV_OFFSET, SORTED);
  for (let i = 0; i < letterCodes.size; i++) h = fnv(h, letterCodes.get(i));
  return finish(h);
}

/** Appends the hashes of `f`'s blocking keys to `out`; the name-length key only if `withLength`. */
function blockKeys(f: Form, withLength: boolean, out: IntList): void {
  if (f.acronym && f.words === 1) out.push(hashKey(INITIALS, f.text, -1, true));
  if (f.initials !== undefined) out.push(hashKey(INITIALS, f.initials));
  out.push(hashKey(FOLDED, f.key));
  if (!f.compound) {
    const d = withoutDots(f.lower);
    out.push(hashKey(FOLDED, d));
    out.push(hashSortedLetters(d));
    out.push(hashKey(UNDOUBLED, collapseDoubles(d)));
    out.push(hashKey(SKELETON, skeleton(d)));
    pushDeletions(d, DELETION, out);
  } else if (f.words > 1) {
    for (let i = 0; i < 2 && i < f.parts.length; i++) {
      // `${words}:${i}:${part}`
      let h = fnv(fnv(fnv(FNV_OFFSET, NAME_WORD), f.words), i);
      const part = f.parts[i] ?? "";
      for (let k = 0; k < part.length; k++) h = fnv(h, part.charCodeAt(k));
      out.push(finish(h));
    }
    if (withLength) out.push(finish(fnv(fnv(FNV_OFFSET, NAME_LENGTH), f.words)));
    if (f.nameSkeleton.length >= MIN_FUZZY_SKELETON - 1) pushDeletions(f.nameSkeleton, NAME_DELETION, out);
  }
}

/** The word and each string made by deleting one of its letters. */
function pushDeletions(w: string, kind: number, out: IntList): void {
  out.push(hashKey(kind, w));
  for (let i = 0; i < w.length; i++) out.push(hashKey(kind, w, i));
}

/**
 * The forms of one source filed under their keys' hashes. An open-addressing table maps a hash
 * to the last entry filed under it; each entry holds its form and the entry filed before it
 * under the same hash, so one hash's forms are a chain through two flat lists.
 */
class BlockIndex {
  private readonly slotHash: Int32Array;
  private readonly slotLast: Int32Array;
  private readonly entryForm: Int32Array;
  private readonly entryBefore: Int32Array;
  private readonly mask: number;
  /** Per form, the last query that reached it: candidates are collected without a Set. */
  private readonly seen: Int32Array;
  private query = 0;
  private readonly keys = new IntList();
  private readonly found = new IntList();

  constructor(forms: readonly Form[]) {
    const owner = new IntList();
    forms.forEach((f, i) => {
      blockKeys(f, true, this.keys);
      while (owner.size < this.keys.size) owner.push(i);
    });
    const n = this.keys.size;
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    this.mask = capacity - 1;
    this.slotHash = new Int32Array(capacity).fill(-1);
    this.slotLast = new Int32Array(capacity);
    this.entryForm = owner.items.slice(0, n);
    this.entryBefore = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      const h = this.keys.get(e);
      const slot = this.slotOf(h);
      this.entryBefore[e] = this.slotHash[slot] === h ? (this.slotLast[slot] ?? -1) : -1;
      this.slotHash[slot] = h;
      this.slotLast[slot] = e;
    }
    this.seen = new Int32Array(forms.length);
  }

  /** The slot holding `h`, or the empty one where it would go (linear probing; hashes are >= 0). */
  private slotOf(h: number): number {
    let slot = h & this.mask;
    for (let at = this.slotHash[slot] ?? -1; at !== h && at !== -1; at = this.slotHash[slot] ?? -1) slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * Positions of the indexed forms that share a key with `a`, ascending. The list is reused:
   * it holds until the next call.
   */
  candidatesFor(a: Form): IntList {
    const query = ++this.query;
    this.found.clear();
    this.keys.clear();
    // Only the other form's length entry is for `a`: a name of several tokens that splits into
    // fewer than two words (so no word 1 to agree on) meets every name of its length.
    blockKeys(a, a.words > 1 && a.parts.length < 2, this.keys);
    for (let k = 0; k < this.keys.size; k++) {
      const h = this.keys.get(k);
      const slot = this.slotOf(h);
      if (this.slotHash[slot] !== h) continue;
      for (let e = this.slotLast[slot] ?? -1; e >= 0; e = this.entryBefore[e] ?? -1) {
        const i = this.entryForm[e] ?? 0;
        if (this.seen[i] === query) continue;
        this.seen[i] = query;
        this.found.push(i);
      }
    }
    this.found.sort();
    return this.found;
  }
}

function relation(a: Form, b: Form): NameRelation {
  if (!a.compound && !b.compound) return relateForms(a.text, b.text);
  if (a.words === 1 && a.acronym) return isAcronymOf(a.text, b.parts) ? "abbreviation" : null;
  if (b.words === 1 && b.acronym) return isAcronymOf(b.text, a.parts) ? "abbreviation" : null;
  if (a.key === b.key) return a.lower === b.lower ? "case" : "spelling";
  if (a.words > 1 && a.words === b.words) return relateWordByWord(a.parts, b.parts);
  if (a.words === 1 || b.words === 1) return null;
  const sa = a.nameSkeleton;
  const sb = b.nameSkeleton;
  return Math.min(sa.length, sb.length) >= MIN_FUZZY_SKELETON && editDistanceAtMostOne(sa, sb) ? "transliteration" : null;
}

/**
 * Names of the same length differing in one word: that word's relation decides (Amina Okafor /
 * Amina Okaafor is a transliteration; Kenya's Foreign Ministry / Kenyan Foreign Ministry is a
 * derivation, so no variant).
 */
function relateWordByWord(wa: readonly string[], wb: readonly string[]): NameRelation {
  let diff = -1;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (diff >= 0) return null;
    diff = i;
  }
  if (diff < 0) return null;
  return relateForms(withoutPossessive(wa[diff] ?? ""), withoutPossessive(wb[diff] ?? ""));
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Which sentences the aligner paired, built on first use (most runs never ask): each sentence's
 * partners as a run of one flat list, found by offset, rather than a Set per sentence.
 */
class Partners {
  private index: PairIndex | undefined;
  private readonly pairs: readonly SentencePair[];
  constructor(pairs: readonly SentencePair[]) {
    this.pairs = pairs;
  }

  of(sentence: number): Int32Array {
    const { start, partner } = (this.index ??= indexPairs(this.pairs));
    return sentence >= 0 && sentence + 1 < start.length ? partner.subarray(start[sentence], start[sentence + 1]) : new Int32Array(0);
  }
}

/** The words on one side of a form's occurrences. */
interface Neighbours {
  readonly stems: ReadonlySet<string>;
  /** Distinct written forms of the capitalised ones. */
  readonly capitals: readonly string[];
}

/** A form's occurrences by sentence (global index), built once per form on first use. */
function bySentence(f: Form): ReadonlyMap<number, readonly Occurrence[]> {
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
function neighboursOf(f: Form): { readonly before: Neighbours; readonly after: Neighbours } {
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

/**
 * Do two single words play the same role: is there an occurrence of each where the words next to
 * them agree, or whose sentences the aligner paired, as the relation requires? That is, for some
 * pair of occurrences (x, y):
 *  - typo: the neighbours agree;
 *  - transliteration: the neighbours agree, or the sentences are aligned;
 *  - abbreviation: the sentences are aligned;
 *  - otherwise: both, for the same pair.
 * Frequent names occur hundreds of times in each source, so instead of trying every pair of
 * occurrences, `b`'s occurrences are grouped by sentence and its neighbouring words collected
 * once (`bySentence`, `neighboursOf`), and each occurrence of `a` is tested against those.
 */
function sameRole(a: Form, b: Form, partners: Partners, rel: NameRelation): boolean {
  switch (rel) {
    case "typo": return anyNeighbourAgrees(a, b);
    case "transliteration": return anyNeighbourAgrees(a, b) || anyAligned(a, b, partners, false);
    case "abbreviation": return anyAligned(a, b, partners, false);
    default: return anyAligned(a, b, partners, true);
  }
}

/** Some occurrence of `a` is in a sentence aligned with one of `b` (and, if asked, their neighbours agree). */
function anyAligned(a: Form, b: Form, partners: Partners, withNeighbours: boolean): boolean {
  const at = bySentence(b);
  for (const x of a.occurrences) {
    for (const p of partners.of(x.sentence.global)) {
      const ys = at.get(p);
      if (ys && (!withNeighbours || ys.some((y) => neighbourAgrees(x, y)))) return true;
    }
  }
  return false;
}

/** The word right before or after is the same on both sides (by stem, or as a related name). */
function neighbourAgrees(x: Occurrence, y: Occurrence): boolean {
  return tokensAgree(x.sentence.tokens[x.first - 1], y.sentence.tokens[y.first - 1])
    || tokensAgree(x.sentence.tokens[x.last + 1], y.sentence.tokens[y.last + 1]);
}

function tokensAgree(tx: Token | undefined, ty: Token | undefined): boolean {
  if (!tx || !ty) return false;
  if (tx.stem === ty.stem && tx.lower.length > 2) return true;
  return tx.capitalized && ty.capitalized && relateForms(tx.raw, ty.raw) !== null;
}

/** `neighbourAgrees` for some occurrence of `a` and some of `b`. */
function anyNeighbourAgrees(a: Form, b: Form): boolean {
  const { before, after } = neighboursOf(b);
  // A capitalised neighbour of `a` that relates to none of `b`'s is not compared again.
  const tried = [new Set<string>(), new Set<string>()] as const;
  for (const x of a.occurrences) {
    const tokens = x.sentence.tokens;
    if (agreesWithAny(tokens[x.first - 1], before, tried[0]) || agreesWithAny(tokens[x.last + 1], after, tried[1])) return true;
  }
  return false;
}

function agreesWithAny(tx: Token | undefined, side: Neighbours, tried: Set<string>): boolean {
  if (!tx) return false;
  if (tx.lower.length > 2 && side.stems.has(tx.stem)) return true;
  if (!tx.capitalized || tried.has(tx.raw)) return false;
  tried.add(tx.raw);
  return side.capitals.some((raw) => relateForms(tx.raw, raw) !== null);
}

/** Union-find over objects, with deterministic iteration in insertion order. */
class UnionFind<T> {
  private readonly parent = new Map<T, T>();
  has(x: T): boolean {
    return this.parent.has(x);
  }
  find(x: T): T {
    let r = x;
    for (let p = this.parent.get(r); p !== undefined && p !== r; p = this.parent.get(r)) r = p;
    return r;
  }
  union(a: T, b: T): void {
    if (!this.parent.has(a)) this.parent.set(a, a);
    if (!this.parent.has(b)) this.parent.set(b, b);
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
  sets(): Set<T>[] {
    const by = new Map<T, Set<T>>();
    for (const x of this.parent.keys()) {
      const r = this.find(x);
      const set = by.get(r) ?? new Set<T>();
      set.add(x);
      by.set(r, set);
    }
    return [...by.values()];
  }
}
