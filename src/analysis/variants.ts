import type { SentencePair } from "./align.ts";
import { isReporting, type Doc, type DocSentence } from "./document.ts";
import { isAcronymOf, relateForms, type NameRelation } from "./names.ts";
import { isAcronym, type Token } from "./tokens.ts";
import type { Span, VariantGroup, VariantKind } from "./types.ts";

/**
 * One person, place or term written differently across sources: transliterations (Kanani /
 * Kanaani), typos (Willian / William), acronyms and their expansion. Found by string relation
 * (names.ts) together with context, never from a list of names:
 * - complementary use: each source writes only its own form (a source that writes both "Iran"
 *   and "Iraq" means two places);
 * - same role: the two forms occur in sentences the aligner paired, and either stand next to
 *   the same words (Nasser Kanani / Nasser Kanaani) or relate by a transliteration rule.
 */

interface Occurrence {
  readonly doc: number;
  readonly sentence: DocSentence;
  readonly index: number;
  readonly token: Token;
}

const SENTENCE_STARTERS = new Set(["the", "a", "an", "this", "that", "in", "on", "at", "it", "he", "she", "they", "we", "but", "and", "last", "according"]);

/** Finds variant groups across the documents, in order of first appearance. */
export function findVariants(docs: readonly Doc[], pairs: readonly SentencePair[]): VariantGroup[] {
  const forms = docs.map((d) => collectForms(d));
  const used = docs.map((_, k) => new Set([...(forms[k]?.keys() ?? [])].map((f) => f.toLowerCase().replace(/\./g, ""))));
  const alignedWith = new Map<number, Set<number>>();
  for (const p of pairs) {
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      const set = alignedWith.get(x) ?? new Set<number>();
      set.add(y);
      alignedWith.set(x, set);
    }
  }
  const parent = new Map<string, string>();
  const kinds = new Map<string, VariantKind>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (x: string, y: string, kind: VariantKind) => {
    const rx = find(x);
    const ry = find(y);
    if (!parent.has(rx)) parent.set(rx, rx);
    if (!parent.has(ry)) parent.set(ry, ry);
    if (rx !== ry) parent.set(ry, rx);
    kinds.set(find(x), kinds.get(rx) ?? kinds.get(ry) ?? kind);
  };

  for (let d = 0; d < docs.length; d++) {
    for (let e = d + 1; e < docs.length; e++) {
      const fd = forms[d];
      const fe = forms[e];
      if (!fd || !fe) continue;
      for (const [a, occA] of fd) {
        for (const [b, occB] of fe) {
          const rel = relation(a, b, occA, occB);
          if (!rel || rel === "case") continue;
          const la = a.toLowerCase().replace(/\./g, "");
          const lb = b.toLowerCase().replace(/\./g, "");
          if (used[d]?.has(lb) || used[e]?.has(la)) continue; // not complementary
          if (!sameRole(occA, occB, alignedWith, rel)) continue;
          union(`${d}\u0000${a}`, `${e}\u0000${b}`, rel);
        }
      }
    }
  }

  const groups = new Map<string, string[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    groups.set(root, [...(groups.get(root) ?? []), node]);
  }
  const out: { first: number; group: Omit<VariantGroup, "id"> }[] = [];
  for (const [root, nodes] of groups) {
    const formsOut = nodes
      .map((node) => {
        const [docIndex, text] = node.split("\u0000") as [string, string];
        const doc = docs[Number(docIndex)];
        const occ = forms[Number(docIndex)]?.get(text) ?? [];
        const spans: Span[] = occ.map((o) => doc?.toOriginal(o.token) ?? o.token);
        return { source: doc?.id ?? "", text, spans, first: occ[0]?.token.start ?? 0, doc: Number(docIndex) };
      })
      .sort((x, y) => x.doc - y.doc || x.first - y.first);
    if (new Set(formsOut.map((f) => f.source)).size < 2) continue;
    out.push({
      first: Math.min(...formsOut.map((f) => f.doc * 1e9 + f.first)),
      group: { kind: kinds.get(root) ?? "other", forms: formsOut.map(({ source, text, spans }) => ({ source, text, spans })) },
    });
  }
  return out.sort((x, y) => x.first - y.first).map((x, i) => ({ id: `v${i + 1}`, ...x.group }));
}

/** Capitalised words and acronyms of a document's reporting sentences, by written form. */
function collectForms(doc: Doc): Map<string, Occurrence[]> {
  const forms = new Map<string, Occurrence[]>();
  for (const sentence of doc.sentences) {
    if (!isReporting(sentence.role)) continue;
    sentence.tokens.forEach((token, index) => {
      if (!token.capitalized || token.raw.length < 2) return;
      if (index === 0 && SENTENCE_STARTERS.has(token.lower)) return;
      if (sentence.role === "headline" && !isAcronym(token.raw) && isTitleCase(sentence)) return;
      const text = token.raw.replace(/['’]s$/, "");
      const list = forms.get(text) ?? [];
      list.push({ doc: doc.index, sentence, index, token: text === token.raw ? token : { ...token, raw: text, end: token.start + text.length } });
      forms.set(text, list);
    });
  }
  return forms;
}

/** Headlines in title case capitalise every word; their capitals say nothing about names. */
function isTitleCase(sentence: DocSentence): boolean {
  const long = sentence.tokens.filter((t) => t.raw.length > 3);
  return long.length > 0 && long.filter((t) => t.capitalized).length / long.length > 0.8;
}

function relation(a: string, b: string, occA: readonly Occurrence[], occB: readonly Occurrence[]): NameRelation {
  const direct = relateForms(a, b);
  if (direct) return direct;
  // Acronym against an expansion written out around the other form's occurrences.
  if (isAcronym(a) && occB.some((o) => expands(a, o))) return "abbreviation";
  if (isAcronym(b) && occA.some((o) => expands(b, o))) return "abbreviation";
  return null;
}

function expands(acronym: string, o: Occurrence): boolean {
  const letters = acronym.replace(/\./g, "").length;
  const words = o.sentence.tokens.slice(o.index, o.index + letters).map((t) => t.raw);
  return isAcronymOf(acronym, words);
}

function sameRole(
  occA: readonly Occurrence[],
  occB: readonly Occurrence[],
  alignedWith: ReadonlyMap<number, ReadonlySet<number>>,
  rel: NameRelation,
): boolean {
  for (const x of occA) {
    const partners = alignedWith.get(x.sentence.global);
    if (!partners) continue;
    for (const y of occB) {
      if (!partners.has(y.sentence.global)) continue;
      if (rel === "transliteration" || rel === "abbreviation") return true;
      if (neighbourAgrees(x, y)) return true;
    }
  }
  return false;
}

/** The word before or after matches on both sides (by aligned key: stem, fold or variant). */
function neighbourAgrees(x: Occurrence, y: Occurrence): boolean {
  const key = (o: Occurrence, d: number) => {
    const t = o.sentence.tokens[o.index + d];
    return t ? t.stem : undefined;
  };
  const keys = (o: Occurrence, d: number) => {
    const k = key(o, d);
    const t = o.sentence.tokens[o.index + d];
    return t && k ? [k, t.lower.slice(0, 4)] : [];
  };
  for (const d of [-1, 1]) {
    const kx = keys(x, d);
    const ky = keys(y, d);
    if (kx.length && ky.length && (kx[0] === ky[0] || (kx[1] === ky[1] && (kx[1]?.length ?? 0) >= 4 && relateForms(x.sentence.tokens[x.index + d]?.raw ?? "", y.sentence.tokens[y.index + d]?.raw ?? "") !== null))) return true;
  }
  return false;
}
