import { partnersOf, type SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { isAcronymOf, relateForms, skeleton, type NameRelation } from "./names.ts";
import { isAcronym, isTitleCased } from "./tokens.ts";
import type { Span, VariantGroup, VariantKind } from "./types.ts";

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
  /** View-coordinate span of the form. */
  readonly span: Span;
}

interface Form {
  readonly doc: number;
  readonly text: string;
  /** Letters only, lowercase, diacritics folded: "okaforreyes". */
  readonly key: string;
  readonly words: number;
  readonly occurrences: Occurrence[];
}

const SENTENCE_STARTERS = new Set(["the", "a", "an", "this", "that", "in", "on", "at", "it", "he", "she", "they", "we", "but", "and", "last", "according"]);
/** Particles inside names, dropped when comparing transliterations (al-, el-, bin, ibn, van, de). */
const PARTICLES = new Set(["al", "el", "ul", "ad", "ar", "as", "ash", "at", "bin", "ibn", "bint", "van", "von", "de", "da", "di", "du", "del", "der", "la", "le"]);
/** Shortest particle-free skeleton for which one edit still means the same transliterated name. */
const MIN_FUZZY_SKELETON = 8;

const foldKey = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Finds variant groups across the documents, in order of first appearance. */
export function findVariants(
  docs: readonly Doc[],
  pairs: readonly SentencePair[],
  { exhaustive = false }: { readonly exhaustive?: boolean } = {},
): VariantGroup[] {
  const forms = docs.map((d) => collectForms(d));
  const keysUsed = forms.map((list) => new Set(list.map((f) => f.key)));
  const textsUsed = forms.map((list) => new Set(list.map((f) => f.text.toLowerCase())));
  const alignedWith = partnersOf(pairs);
  const groups = new UnionFind<Form>();
  const kinds = new Map<Form, VariantKind>();
  const link = (a: Form, b: Form, kind: VariantKind) => {
    groups.union(a, b);
    kinds.set(a, kinds.get(a) ?? kind);
    kinds.set(b, kinds.get(b) ?? kind);
  };

  for (let d = 0; d < docs.length; d++) {
    for (let e = d + 1; e < docs.length; e++) {
      const index = blockIndex(forms[e] ?? []);
      for (const a of forms[d] ?? []) {
        for (const b of exhaustive ? (forms[e] ?? []) : candidatesFor(a, index)) {
          const rel = relation(a, b);
          if (!rel || rel === "case" && a.words === 1) continue;
          if (rel === "abbreviation") {
            // Only the side that writes the acronym must lack the expansion.
            const [short, long] = a.words === 1 ? [a, b] : [b, a];
            if (keysUsed[short.doc]?.has(long.key)) continue;
          } else if (textsUsed[d]?.has(b.text.toLowerCase()) || textsUsed[e]?.has(a.text.toLowerCase())) continue;
          if (a.words === 1 && b.words === 1 && !sameRole(a, b, alignedWith, rel)) continue;
          link(a, b, rel);
        }
      }
    }
  }
  // A word variant inside a name variant (Okafor in Amina Okafor, Okaafor in Amina Okaafor)
  // joins the name's group, so the reader sees one person written two ways.
  const inside = (w: Form, n: Form) =>
    n.occurrences.some((o) => w.occurrences.some((x) => x.sentence === o.sentence && x.first >= o.first && x.last <= o.last));
  const sets = groups.sets();
  for (const wordSet of sets) {
    for (const nameSet of sets) {
      if (wordSet === nameSet || groups.find(first(wordSet)) === groups.find(first(nameSet))) continue;
      const words = [...wordSet].filter((f) => f.words === 1);
      const names = [...nameSet].filter((f) => f.words > 1);
      const docsOf = (list: Form[]) => new Set(list.map((f) => f.doc));
      const nested = [...docsOf(words)].every((doc) => words.some((w) => w.doc === doc && names.some((n) => n.doc === doc && inside(w, n))));
      if (words.length > 0 && nested && docsOf(words).size >= 2) groups.union(first(nameSet), first(wordSet));
    }
  }

  const out: { first: number; group: Omit<VariantGroup, "id"> }[] = [];
  for (const members of groups.sets()) {
    // Per source, a title-prefixed name ("Justice Minister X") gives way to the bare name ("X").
    const kept = [...members].filter((f) => f.words === 1 || ![...members].some((g) => g !== f && g.doc === f.doc && g.words > 1 && g.words < f.words && f.text.endsWith(g.text)));
    const sorted = kept.sort((x, y) => x.doc - y.doc || (x.occurrences[0]?.span.start ?? 0) - (y.occurrences[0]?.span.start ?? 0));
    if (new Set(sorted.map((f) => f.doc)).size < 2) continue;
    const kind = sorted.map((f) => kinds.get(f)).find((k) => k !== undefined) ?? "other";
    out.push({
      first: Math.min(...sorted.map((f) => f.doc * 1e9 + (f.occurrences[0]?.span.start ?? 0))),
      group: {
        kind,
        forms: sorted.map((f) => {
          const doc = docs[f.doc];
          return { source: doc?.id ?? "", text: f.text, spans: f.occurrences.map((o) => doc?.toOriginal(o.span) ?? o.span) };
        }),
      },
    });
  }
  return out.sort((x, y) => x.first - y.first).map((x, i) => ({ id: `v${i + 1}`, ...x.group }));
}

function first<T>(set: ReadonlySet<T>): T {
  for (const x of set) return x;
  throw new Error("empty set");
}

/** Capitalised words, acronyms and multi-word names of a document's reporting sentences. */
function collectForms(doc: Doc): Form[] {
  const byText = new Map<string, Form>();
  const add = (text: string, words: number, occ: Occurrence) => {
    let f = byText.get(text);
    if (!f) {
      f = { doc: doc.index, text, key: foldKey(text), words, occurrences: [] };
      byText.set(text, f);
    }
    f.occurrences.push(occ);
  };
  for (const sentence of doc.sentences) {
    if (!isReporting(sentence.role)) continue;
    if (sentence.role === "headline" && isTitleCased(sentence.tokens)) continue;
    const tokens = sentence.tokens;
    const capital = (i: number) => {
      const t = tokens[i];
      return !!t && t.capitalized && !(i === 0 && SENTENCE_STARTERS.has(t.lower));
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || !capital(i) || t.raw.length < 2) continue;
      const text = t.raw.replace(/['’]s$/, "");
      add(text, 1, { sentence, first: i, last: i, span: { start: t.start, end: t.start + text.length } });
    }
    // Multi-word names: capitalised words joined by spaces, hyphens, apostrophes or particles.
    for (let i = 0; i < tokens.length; ) {
      if (!capital(i)) { i++; continue; }
      let j = i;
      for (;;) {
        const cur = tokens[j];
        const next = tokens[j + 1];
        if (!cur || !next || next.start - cur.end > 1 || /[,.;:]/.test(doc.view.slice(cur.end, next.start))) break;
        if (next.capitalized || (PARTICLES.has(next.lower) && tokens[j + 2]?.capitalized)) j++;
        else break;
      }
      // The whole run and each tail of it, so "Justice Minister X" also yields "Minister X" and "X".
      const b = tokens[j];
      for (let k = i; k < j && b; k++) {
        const a = tokens[k];
        if (!a || !a.capitalized) continue;
        const text = doc.view.slice(a.start, b.end).replace(/['’]s$/, "");
        add(text, j - k + 1, { sentence, first: k, last: j, span: { start: a.start, end: a.start + text.length } });
      }
      i = j + 1;
    }
  }
  return [...byText.values()];
}

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
 */
type BlockIndex = ReadonlyMap<string, readonly number[]> & { readonly forms: readonly Form[] };

function blockKeys(f: Form): string[] {
  const keys: string[] = [];
  const words = f.text.split(/[\s-]+/);
  if (isAcronym(f.text) && f.words === 1) keys.push(`i:${f.text.replace(/\./g, "")}`);
  if (words.length >= 2 && words.length <= 8) {
    keys.push(`i:${words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("")}`);
  }
  keys.push(`k:${f.key}`);
  if (!isCompound(f)) {
    const d = f.text.toLowerCase().replace(/\./g, "");
    keys.push(`k:${d}`, `o:${[...d].sort().join("")}`, `u:${d.replace(/(\p{L})\1+/gu, "$1")}`, `s:${skeleton(d)}`);
    keys.push(...deletions(d).map((x) => `e:${x}`));
  } else if (f.words > 1) {
    keys.push(...words.slice(0, 2).map((w, i) => `w:${f.words}:${i}:${w}`), `w:${f.words}:all`);
    const sk = skeleton(stripParticles(f.text));
    if (sk.length >= MIN_FUZZY_SKELETON - 1) keys.push(...deletions(sk).map((x) => `t:${x}`));
  }
  return keys;
}

/** The word and each string made by deleting one of its letters. */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function blockIndex(forms: readonly Form[]): BlockIndex {
  const map = new Map<string, number[]>();
  forms.forEach((f, i) => {
    for (const k of new Set(blockKeys(f))) {
      const list = map.get(k);
      if (list) list.push(i);
      else map.set(k, [i]);
    }
  });
  return Object.assign(map, { forms });
}

/** Forms of the indexed source that share a key with `a`, in their original order. */
function candidatesFor(a: Form, index: BlockIndex): Form[] {
  const at = new Set<number>();
  // Only the other form's "all" entry is for `a`: a name of several tokens that splits into fewer
  // than two words (so no word 1 to agree on) meets every name of its length.
  const several = a.words > 1 && a.text.split(/[\s-]+/).length < 2;
  for (const k of blockKeys(a)) if (several || !k.endsWith(":all")) for (const i of index.get(k) ?? []) at.add(i);
  return [...at].sort((x, y) => x - y).flatMap((i) => index.forms[i] ?? []);
}

const isCompound = (f: Form) => f.words > 1 || /[-'’\s]/.test(f.text);

function relation(a: Form, b: Form): NameRelation {
  if (!isCompound(a) && !isCompound(b)) return relateForms(a.text, b.text);
  if (a.words === 1 && isAcronym(a.text)) return isAcronymOf(a.text, b.text.split(/[\s-]+/)) ? "abbreviation" : null;
  if (b.words === 1 && isAcronym(b.text)) return isAcronymOf(b.text, a.text.split(/[\s-]+/)) ? "abbreviation" : null;
  if (a.key === b.key) return a.text.toLowerCase() === b.text.toLowerCase() ? "case" : "spelling";
  if (a.words > 1 && a.words === b.words) return relateWordByWord(a.text, b.text);
  if (a.words === 1 || b.words === 1) return null;
  const sa = skeleton(stripParticles(a.text));
  const sb = skeleton(stripParticles(b.text));
  return Math.min(sa.length, sb.length) >= MIN_FUZZY_SKELETON && editDistanceAtMostOne(sa, sb) ? "transliteration" : null;
}

/**
 * Names of the same length differing in one word: that word's relation decides (Amina Okafor /
 * Amina Okaafor is a transliteration; Kenya's Foreign Ministry / Kenyan Foreign Ministry is a
 * derivation, so no variant).
 */
function relateWordByWord(a: string, b: string): NameRelation {
  const wa = a.split(/[\s-]+/);
  const wb = b.split(/[\s-]+/);
  const diff = wa.flatMap((w, i) => (w === wb[i] ? [] : [i]));
  const i = diff[0];
  if (diff.length !== 1 || i === undefined) return null;
  return relateForms((wa[i] ?? "").replace(/['’]s$/, ""), (wb[i] ?? "").replace(/['’]s$/, ""));
}

function stripParticles(name: string): string {
  return name.split(/[\s-]+/).filter((w) => !PARTICLES.has(foldKey(w))).join("");
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function sameRole(a: Form, b: Form, alignedWith: ReadonlyMap<number, ReadonlySet<number>>, rel: NameRelation): boolean {
  for (const x of a.occurrences) {
    for (const y of b.occurrences) {
      const aligned = alignedWith.get(x.sentence.global)?.has(y.sentence.global) ?? false;
      const neighbours = neighbourAgrees(x, y);
      // Inside one full name (Ferhat-Lindqvsit / Ferhat-Lindqvist) the neighbour is context enough.
      if (neighbours && (aligned || rel === "typo" || rel === "transliteration")) return true;
      if (aligned && (rel === "transliteration" || rel === "abbreviation")) return true;
    }
  }
  return false;
}

/** The word right before or after is the same on both sides (by stem, or as a related name). */
function neighbourAgrees(x: Occurrence, y: Occurrence): boolean {
  for (const d of [-1, 1]) {
    const tx = x.sentence.tokens[(d < 0 ? x.first : x.last) + d];
    const ty = y.sentence.tokens[(d < 0 ? y.first : y.last) + d];
    if (!tx || !ty) continue;
    if (tx.stem === ty.stem && tx.lower.length > 2) return true;
    if (tx.capitalized && ty.capitalized && relateForms(tx.raw, ty.raw) !== null) return true;
  }
  return false;
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
