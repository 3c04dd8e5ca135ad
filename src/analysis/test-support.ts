import { TITLE_AND_BODY_WORDS } from "./attributions/resolve.ts";
import { STOPWORDS } from "./lexicons/stopwords.ts";
import type { Comparison } from "./types.ts";

/** Capitalised words that are not names of people or places. */
const NOT_NAMES = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);

/**
 * Helpers shared by the engine's tests (not used by the engine itself): a comparable, text-free
 * shape of a Comparison for metamorphic tests, and consistent renaming.
 */

/**
 * The structure of a comparison with every offset mapped through `at` and texts dropped. Framing
 * marks on a renamed word are left out: a label lexicon may list a proper name (a party or a
 * movement) that a renaming turns into a word no lexicon has.
 */
export function structureOf(
  c: Comparison,
  at: (source: number, offset: number) => number = (_, o) => o,
  rename: (s: string) => string = (s) => s,
  order: (source: number) => number = (k) => k,
) {
  const index = new Map(c.sources.map((s, k) => [s.id, order(k)]));
  const byOrder = [...c.sources].map((s, k) => ({ s, k })).sort((x, y) => order(x.k) - order(y.k));
  const k = (id: string) => index.get(id) ?? -1;
  const sentenceKey = new Map<string, string>();
  // `at` takes the source's position in the comparison as given, `k` its position after `order`.
  const pos = new Map(c.sources.map((s, i) => [s.id, i]));
  const atOf = (id: string, o: number) => at(pos.get(id) ?? -1, o);
  c.sources.forEach((s) =>
    s.sentences.forEach((x) => sentenceKey.set(x.id, `${k(s.id)}:${atOf(s.id, x.start)}`)),
  );
  const span = (src: string, x: { start: number; end: number }) => [
    k(src),
    atOf(src, x.start),
    atOf(src, x.end),
  ];
  return {
    sentences: byOrder.map(({ s }) =>
      s.sentences.map((x) => [atOf(s.id, x.start), atOf(s.id, x.end), x.paragraph, x.role]),
    ),
    removed: byOrder.map(({ s }) => s.removed.map((r) => [atOf(s.id, r.start), atOf(s.id, r.end)])),
    titles: byOrder.map(({ s }) => (s.title ? rename(s.title) : null)),
    alignments: c.alignments
      .map((a) =>
        a.sentences
          .map((id) => sentenceKey.get(id))
          .sort()
          .join("|"),
      )
      .sort(),
    quotes: c.quotes
      .map((q) =>
        [
          ...span(q.source, q),
          q.speaker ? rename(q.speaker) : null,
          q.matches
            .map((m) => `${k(m.source)}/${sentenceKey.get(m.sentence)}/${m.kind}`)
            .sort()
            .join(","),
        ].join(" "),
      )
      .sort(),
    attributions: (c.attributions ?? [])
      .map((a) => {
        const id = new Map((c.attributions ?? []).map((x) => [x.id, x]));
        const at = (x: { source: string; content: { start: number; end: number } } | undefined) =>
          x ? span(x.source, x.content).join(":") : "";
        return [
          ...span(a.source, a.cue),
          at(a),
          a.speaker ? rename(a.speaker) : null,
          a.kind,
          a.matches
            .map((m) => `${at(id.get(m.attribution))}/${m.kind}`)
            .sort()
            .join(","),
        ].join(" ");
      })
      .sort(),
    variants: c.variants
      .map((v) =>
        [v.kind, ...v.forms.map((f) => `${k(f.source)}:${rename(f.text)}`).sort()].join(" | "),
      )
      .sort(),
    framing: c.framing
      .filter((f) => {
        const text = c.sources[pos.get(f.source) ?? -1]?.text.slice(f.start, f.end) ?? "";
        return rename(text) === text;
      })
      .map((f) => [...span(f.source, f), f.category, f.voice].join(" "))
      .sort(),
  };
}

/**
 * Renames names consistently across texts by a fixed permutation of capitals: the first letter of
 * a name, every letter of an acronym. A name is a capitalised word seen mid-sentence somewhere in
 * the texts (so "The" or "Last" at a sentence start stay). Lengths stay the same, so offsets do
 * too, and related forms stay related (Okafor/Okaafor, WHO/World Health Organization).
 */
export function renamer(texts: readonly string[]): (text: string) => string {
  const names = new Set<string>();
  const lower = new Set(texts.flatMap((t) => t.match(/\b\p{Ll}+\b/gu) ?? []));
  for (const t of texts) {
    for (const m of t.matchAll(
      /(?<=[\p{Ll},;:(]\s+|\p{L}-|\p{Lu}\.\s+|\p{Lu}['’])(\p{Lu}[\p{L}]*)/gu,
    ))
      if (m[1]) names.add(m[1]);
    for (const m of t.matchAll(/\b\p{Lu}{2,}\b/gu)) names.add(m[0]);
  }
  // The next word of a name is a name too (Amara Okafor), until no more are found.
  for (let grew = true; grew;) {
    grew = false;
    for (const t of texts) {
      for (const m of t.matchAll(/(\p{Lu}[\p{L}]*)\s+(\p{Lu}[\p{L}]*)/gu)) {
        if (m[1] && m[2] && names.has(m[1]) && !names.has(m[2])) {
          names.add(m[2]);
          grew = true;
        }
      }
    }
  }
  // A word also written in lowercase is a common word in title case (Permission), not a name.
  for (const n of [...names]) if (lower.has(n.toLowerCase())) names.delete(n);
  // A sentence-initial word close to a name is that name misspelt (Willian next to William).
  for (const t of texts) {
    for (const m of t.matchAll(/\p{Lu}\p{Ll}+/gu)) {
      const w = m[0];
      if (
        !names.has(w) &&
        [...names].some((n) => n.length >= 4 && n.charAt(0) === w.charAt(0) && nearlyEqual(n, w))
      )
        names.add(w);
    }
  }
  const renamed = [...names].filter(
    // Titles and the heads of bodies' names (Mayor, Ministry) are common nouns, not names.
    (w) =>
      !STOPWORDS.has(w.toLowerCase()) &&
      !NOT_NAMES.has(w.toLowerCase()) &&
      !TITLE_AND_BODY_WORDS.has(w.toLowerCase()),
  );
  // Acronyms (up to five capitals) are renamed letter by letter; a capitalised dateline word
  // (MARROWDALE) only by its first letter, like the name it spells.
  const isAcronymLike = (w: string) => w === w.toUpperCase() && w.length <= 5;
  const map = new Map(
    renamed.map((w) => [
      w,
      isAcronymLike(w) ? Array.from(w).map(permute).join("") : permute(w.charAt(0)) + w.slice(1),
    ]),
  );
  // Inside run-together names (Abdulbasit next to Abd al-Basit) the part is renamed as well.
  const parts = renamed
    .filter((w) => w.length >= 4 && !isAcronymLike(w))
    .map((w) => [w.toLowerCase(), (map.get(w) ?? w).toLowerCase()] as const);
  return (text) =>
    text.replace(/\p{Lu}[\p{L}]*/gu, (w) => {
      let out = map.get(w) ?? w;
      for (const [from, to] of parts)
        if (out.length > from.length && out.slice(1).includes(from))
          out = out.charAt(0) + out.slice(1).replace(from, to);
      return out;
    });
}

// Swaps consonants that no transliteration or keyboard rule treats specially (b/d, f/l, m/n, p/t),
// so a renamed Okafor/Okaafor or Daniel/Danial relate exactly as the originals did.
const FROM = "BDFLMNPT";
const TO = "DBLFNMTP";
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const prefix = Array.from(a).findIndex((c, i) => c !== b[i]);
  return prefix < 0 || prefix >= Math.min(a.length, b.length) - 2;
}

function permute(ch: string): string {
  const i = FROM.indexOf(ch);
  return i < 0 ? ch : (TO[i] ?? ch);
}
