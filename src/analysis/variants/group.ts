import type { SentencePair } from "../align/pairs.ts";
import type { Doc } from "../read/document.ts";
import { isAcronym } from "../text/tokens.ts";
import type { VariantGroup, VariantKind } from "../types.ts";
import { FormIndex } from "./blocking.ts";
import { bySentence, collectForms, type Form } from "./forms.ts";
import { mayBeOnePerson } from "./one-person.ts";
import { relation } from "./relation.ts";
import { Partners, sameRole } from "./same-role.ts";

/*
 * The stage itself: compares the forms of every two sources, links those that relate, are used
 * complementarily and play the same role, and groups them into variants (a word variant joining
 * the group of the name it is part of).
 */

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
  const exactTexts = lazyPerSource(forms, (f) => f.text);
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
      const index = exhaustive ? undefined : new FormIndex(others);
      for (const a of forms[d] ?? []) {
        const found = index?.candidatesFor(a);
        for (let c = 0; c < (found ? found.size : others.length); c++) {
          const b = others[found ? found.get(c) : c];
          if (!b) continue;
          const rel = relation(a, b);
          // Case alone is no variant of a single word (a sentence's first word, a shouted
          // headline), but for a name one source writes in capitals (PRISM / Prism).
          if (!rel || (rel === "case" && a.words === 1 && !capitalsAndTitle(a.text, b.text)))
            continue;
          if (rel === "abbreviation" && a.key !== b.key) {
            // Only the side that writes the acronym must lack the expansion.
            const short = a.words === 1 ? a : b;
            const long = a.words === 1 ? b : a;
            if (keysUsed(short.doc).has(long.key)) continue;
          } else if (rel === "case") {
            if (exactTexts(d).has(b.text) || exactTexts(e).has(a.text)) continue;
          } else if (textsUsed(d).has(b.lower) || textsUsed(e).has(a.lower)) continue;
          if (a.words === 1 && b.words === 1 && !sameRole(a, b, partners, rel)) continue;
          if (!mayBeOnePerson(a, b)) continue;
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
    return {
      anyMember: first(set),
      words,
      names: members.filter((f) => f.words > 1),
      wordDocs: new Set(words.map((f) => f.doc)),
    };
  });
  // A name written differently in two of its words (Jon Smyth / John Smith) is shown as its word
  // variants, each word with its counterpart, rather than as one group that would pair the given
  // name of one source with the family name of the other.
  const nestedIn = new Map<(typeof sets)[number], (typeof sets)[number][]>();
  for (const w of sets) {
    // Single words from at least two sources, or the group cannot join a name's group.
    if (w.words.length === 0 || w.wordDocs.size < 2) continue;
    for (const n of sets) {
      if (w === n || groups.find(w.anyMember) === groups.find(n.anyMember)) continue;
      const nested = [...w.wordDocs].every((doc) =>
        w.words.some(
          (word) =>
            word.doc === doc && n.names.some((name) => name.doc === doc && inside(word, name)),
        ),
      );
      if (nested) nestedIn.set(n, [...(nestedIn.get(n) ?? []), w]);
    }
  }
  const shownByWords = new Set<Form>();
  for (const [n, ws] of nestedIn) {
    const w = ws[0];
    if (w && ws.length === 1) groups.union(n.anyMember, w.anyMember);
    else shownByWords.add(n.anyMember);
  }
  const dropped = new Set([...shownByWords].map((f) => groups.find(f)));
  const all = groups.sets().filter((set) => !dropped.has(groups.find(first(set))));

  const out: { first: number; group: Omit<VariantGroup, "id"> }[] = [];
  for (const members of all) {
    // Per source, one form of each name: a title-prefixed name ("Justice Minister X Y") gives way
    // to the bare name ("X Y"), and so does a longer run when the shorter one is written on its
    // own ("Analyst X Y" at a sentence's start, "X Y" elsewhere); a tail that is never written on
    // its own ("Mendes Okafor" of "Ada Mendes Okafor") gives way to the whole name.
    const kept = [...members].filter(
      (f) =>
        f.words === 1 ||
        ![...members].some(
          (g) =>
            g !== f &&
            g.doc === f.doc &&
            g.words > 1 &&
            (g.words < f.words
              ? f.text.endsWith(g.text) && (!addsNameWords(f, g) || standsAlone(g))
              : f.text !== g.text &&
                g.text.endsWith(f.text) &&
                addsNameWords(g, f) &&
                !standsAlone(f)),
        ),
    );
    const sorted = kept.sort(
      (x, y) => x.doc - y.doc || (x.occurrences[0]?.start ?? 0) - (y.occurrences[0]?.start ?? 0),
    );
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
            spans: f.occurrences.map((o) =>
              doc ? doc.toOriginal({ start: o.start, end: o.end }) : { start: o.start, end: o.end },
            ),
          };
        }),
      },
    });
  }
  return out.sort((x, y) => x.first - y.first).map((x, i) => ({ id: `v${i + 1}`, ...x.group }));
}

/** Is the form written on its own somewhere, not only as the tail of a longer run? */
function standsAlone(f: Form): boolean {
  return f.occurrences.some((o) => o.runFirst === o.first);
}

/** Does `long`, which ends with `short`, name more of the person than titles and honorifics? */
function addsNameWords(long: Form, short: Form): boolean {
  return (long.person?.words.length ?? 0) > (short.person?.words.length ?? 0);
}

/** One form in capitals (three letters or more), the other capitalised only: NEXUS / Nexus. */
function capitalsAndTitle(a: string, b: string): boolean {
  const titled = (s: string) => s.length >= 3 && s.slice(1) === s.slice(1).toLowerCase();
  const capitals = (s: string) => s.length >= 3 && isAcronym(s);
  return (capitals(a) && titled(b)) || (capitals(b) && titled(a));
}

function lazyPerSource(
  forms: readonly (readonly Form[])[],
  value: (f: Form) => string,
): (doc: number) => ReadonlySet<string> {
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
    if (xs?.some((x) => x.sentence === o.sentence && x.first >= o.first && x.last <= o.last))
      return true;
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
