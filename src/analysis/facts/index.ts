import type { SentencePair } from "../align/pairs.ts";
import { isReporting, type Doc, type DocSentence } from "../read/document.ts";
import { tagSentence } from "../text/tagger.ts";
import type { FactDifference, Span } from "../types.ts";
import { compareDates, findReportDate } from "./dates.ts";
import { extractFacts, mayHoldFact, type Fact } from "./extract.ts";
import { describeDifference } from "./note.ts";
import { placePairs } from "./places.ts";
import { factFrame, factSpans, factWords, sameWords } from "./signature.ts";
import { roundingStep } from "./numbers.ts";

export { extractFacts, type Fact } from "./extract.ts";

/**
 * Facts that differ: within each pair of aligned sentences, the figures, amounts, percentages,
 * dates and times that both state about the same thing (the same counted noun, currency or kind)
 * with different values. The same value written differently ("three" / "3", "$1.2 billion" /
 * "1.2bn dollars", "Sunday" / "Dec. 11" once the report's date is known) is not a difference; a
 * figure one source only rounds or bounds ("about 12,000" / "12,347") is reported with
 * `compatible`, not as a contradiction. Places are read apart, with a gazetteer (places.ts).
 *
 * Only a sentence's best partner in each other source is read: a weaker pair often tells a
 * different moment of the story, with its own numbers.
 */
export function findFacts(
  docs: readonly Doc[],
  all: readonly DocSentence[],
  pairs: readonly SentencePair[],
): FactDifference[] {
  const docOf = new Int32Array(all.length);
  for (const d of docs) for (const s of d.sentences) docOf[s.global] = d.index;
  const references = new Map<number, Date | undefined>();
  const reference = (d: Doc) => {
    if (!references.has(d.index)) references.set(d.index, findReportDate(d.view));
    return references.get(d.index);
  };
  const cache = new Array<Fact[] | undefined>(all.length);
  const factsOf = (g: number): Fact[] => {
    let facts = cache[g];
    if (!facts) {
      const s = all[g]!;
      const d = docs[docOf[g]!]!;
      facts =
        isReporting(s.role) && mayHoldFact(d.view, s)
          ? extractFacts(d.view, s, tagSentence(d.view, s), reference(d))
          : [];
      cache[g] = facts;
    }
    return facts;
  };

  // A sentence's text and where its fact words are, found once for its words and its frame
  // (most sentences whose frame is asked have had their words asked already): the signature
  // functions went from 3.5% to 2.4% of the real-text CPU profile.
  const texts = new Array<string | undefined>(all.length);
  const textOf = (g: number): string => {
    const s = all[g]!;
    return (texts[g] ??= docs[docOf[g]!]!.view.slice(s.start, s.end));
  };
  const spans = new Array<number[] | undefined>(all.length);
  const spansOf = (g: number): number[] => (spans[g] ??= factSpans(textOf(g)));
  const words = new Array<string[] | undefined>(all.length);
  const wordsOf = (g: number): string[] => (words[g] ??= factWords(textOf(g), spansOf(g)));
  const frames = new Array<string | undefined>(all.length);
  const frameOf = (g: number): string => (frames[g] ??= factFrame(textOf(g), spansOf(g)));
  // A sentence whose facts a partner in another source states word for word, with that source
  // (sentence × 8 + source; six sources at most): its facts differ from none in that source.
  const settled = new Set<number>();
  const settle = (g: number, other: number) => settled.add(g * 8 + docOf[other]!);
  const isSettled = (g: number, other: number) => settled.has(g * 8 + docOf[other]!);

  const chosen = bestPairs(pairs, docOf);
  // Facts confirmed by an equal value in a partner: never flagged through another pair.
  const confirmed = new Set<Fact>();
  const candidates: { a: number; b: number; fa: Fact; fb: Fact }[] = [];
  for (const p of chosen) {
    // A pair whose fact words are the same states its facts alike, and a loosely related pair
    // often tells another moment of the story, with its own dates and figures (unless it is one
    // sentence with only its figures changed). Neither is tagged: most pairs end here.
    const wa = wordsOf(p.a);
    const wb = wordsOf(p.b);
    if (wa.length === 0 || wb.length === 0) continue;
    if (sameWords(wa, wb)) {
      settle(p.a, p.b);
      settle(p.b, p.a);
      continue;
    }
    if (p.kind === "related" && frameOf(p.a) !== frameOf(p.b)) continue;
    const fa = factsOf(p.a);
    if (fa.length === 0) continue;
    const fb = factsOf(p.b);
    if (fb.length === 0) continue;
    const frame = sameFrame(all[p.a]!, fa, docs[docOf[p.a]!]!, all[p.b]!, fb, docs[docOf[p.b]!]!);
    for (const [x, y] of matchFacts(fa, fb, confirmed, frame))
      candidates.push({ a: p.a, b: p.b, fa: x, fb: y });
  }

  candidates.push(...placePairs(docs, all, docOf, chosen));

  // Headline against lead: a report's headline and the other report's first body sentence tell
  // the same news in different words, and often fail to align. Their figures are compared only
  // when both count the same thing (see {@link headlineAgainstLead}).
  // Only between two reports of one story: sources sharing at least one sentence closer than
  // "related" (two ferry disasters told alike share none, and their counts are not one count).
  const sameStory = new Set<number>();
  for (const p of pairs)
    if (p.kind !== "related") {
      sameStory.add(docOf[p.a]! * 8 + docOf[p.b]!);
      sameStory.add(docOf[p.b]! * 8 + docOf[p.a]!);
    }
  // Pairs the loop above compared: a headline only related to the other's lead (their frames
  // differ) is compared here, as one that did not align.
  const aligned = new Set(
    pairs
      .filter((p) => p.kind !== "related" || frameOf(p.a) === frameOf(p.b))
      .map((p) => p.a * all.length + p.b),
  );
  const isAligned = (x: number, y: number) =>
    aligned.has(Math.min(x, y) * all.length + Math.max(x, y));
  for (const dh of docs) {
    const headline = dh.sentences.find((s) => s.role === "headline");
    if (!headline) continue;
    for (const dl of docs) {
      if (dl === dh || !sameStory.has(dh.index * 8 + dl.index)) continue;
      const lead = dl.sentences.find((s) => s.role === "body");
      if (!lead || isAligned(headline.global, lead.global)) continue;
      const fh = factsOf(headline.global);
      if (fh.length === 0) continue;
      const fl = factsOf(lead.global);
      if (fl.length === 0) continue;
      // A lead figure already set against the same value from this report (its own lead, aligned)
      // is not set against the headline's again.
      const told = (y: Fact, x: Fact) =>
        candidates.some(
          (c) =>
            (c.fb === y && docOf[c.a] === dh.index && sameValue(c.fa, x)) ||
            (c.fa === y && docOf[c.b] === dh.index && sameValue(c.fb, x)),
        );
      for (const [x, y] of headlineAgainstLead(
        fh.map((f) => ({ fact: f, key: countKey(dh.view, headline, f) })),
        fl.map((f) => ({ fact: f, key: countKey(dl.view, lead, f) })),
      ))
        if (!told(y, x)) candidates.push({ a: headline.global, b: lead.global, fa: x, fb: y });
    }
  }

  const seen = new Set<string>();
  const out: FactDifference[] = [];
  for (const { a, b, fa, fb } of candidates) {
    if (confirmed.has(fa) || confirmed.has(fb)) continue;
    if (fa.kind !== "place" && (isSettled(a, b) || isSettled(b, a))) continue;
    const da = docs[docOf[a]!]!;
    const db = docs[docOf[b]!]!;
    const key = `${da.id}:${String(fa.start)}:${db.id}:${String(fb.start)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const compatible = compatibility(fa, fb);
    const value = (d: Doc, s: DocSentence, f: Fact) => {
      const span = d.toOriginal(f);
      return {
        source: d.id,
        sentence: s.id,
        start: span.start,
        end: span.end,
        ...(f.value !== undefined ? { value: f.value } : {}),
      };
    };
    out.push({
      id: "",
      kind: fa.kind,
      values: [value(da, all[a]!, fa), value(db, all[b]!, fb)],
      note: describeDifference(
        { name: da.name, text: da.view, fact: fa, sentenceStart: all[a]!.start },
        { name: db.name, text: db.view, fact: fb, sentenceStart: all[b]!.start },
        compatible,
      ),
      ...(compatible ? { compatible } : {}),
    });
  }
  out.sort((x, y) => cmpValue(x, y, docs));
  return out.map((f, k) => ({ ...f, id: `F${String(k + 1)}` }));
}

/**
 * True when two sentences read the same once their facts are left out, with as many facts: a
 * copy with its figures changed, or a wire story reprinted with an update.
 */
function sameFrame(
  sa: DocSentence,
  fa: readonly Fact[],
  da: Doc,
  sb: DocSentence,
  fb: readonly Fact[],
  db: Doc,
): boolean {
  if (fa.length !== fb.length) return false;
  const frame = (s: DocSentence, facts: readonly Fact[], d: Doc) => {
    let out = "";
    let at = s.start;
    for (const f of facts) {
      out += `${d.view.slice(at, Math.max(at, f.start))}#`;
      at = Math.max(at, f.end);
    }
    return (out + d.view.slice(at, s.end)).replace(/\s+/g, " ").trim();
  };
  return frame(sa, fa, da) === frame(sb, fb, db);
}

function cmpValue(x: FactDifference, y: FactDifference, docs: readonly Doc[]): number {
  const order = (f: FactDifference) => docs.findIndex((d) => d.id === f.values[0]?.source);
  return order(x) - order(y) || (x.values[0]?.start ?? 0) - (y.values[0]?.start ?? 0);
}

/**
 * The pairs each of whose sentences is, for at least one of them, the best partner in the other
 * sentence's source.
 */
function bestPairs(pairs: readonly SentencePair[], docOf: Int32Array): SentencePair[] {
  const best = new Map<number, number>();
  const slot = (g: number, other: number) => g * 64 + docOf[other]!;
  for (const p of pairs) {
    best.set(slot(p.a, p.b), Math.max(best.get(slot(p.a, p.b)) ?? 0, p.score));
    best.set(slot(p.b, p.a), Math.max(best.get(slot(p.b, p.a)) ?? 0, p.score));
  }
  return pairs.filter(
    (p) => best.get(slot(p.a, p.b)) === p.score || best.get(slot(p.b, p.a)) === p.score,
  );
}

/**
 * The differing facts of two aligned sentences. Equal values pair off first (same key, then any
 * key: "three soldiers" / "three troops" is no difference); the rest pair in order within a key
 * when both sentences have as many of that key left, else they are not compared.
 */
export function matchFacts(
  fa: readonly Fact[],
  fb: readonly Fact[],
  confirmed: Set<Fact> = new Set(),
  sameFrame = false,
): [Fact, Fact][] {
  // One sentence with only its figures changed: the facts pair by position.
  if (sameFrame) {
    const differing: [Fact, Fact][] = [];
    fa.forEach((x, i) => {
      const y = fb[i]!;
      if (sameValue(x, y) || (x.kind === y.kind && !differs(x, y))) {
        confirmed.add(x);
        confirmed.add(y);
      } else differing.push([x, y]);
    });
    return differing;
  }
  const usedA = new Set<Fact>();
  const usedB = new Set<Fact>();
  const pairOff = (sameKey: boolean) => {
    for (const x of fa) {
      if (usedA.has(x)) continue;
      const y = fb.find(
        (f) =>
          !usedB.has(f) && f.kind === x.kind && (!sameKey || f.key === x.key) && sameValue(x, f),
      );
      if (!y) continue;
      usedA.add(x);
      usedB.add(y);
      confirmed.add(x);
      confirmed.add(y);
    }
  };
  pairOff(true);
  pairOff(false);
  const byKey = (list: readonly Fact[], used: Set<Fact>) => {
    const map = new Map<string, Fact[]>();
    for (const f of list) {
      if (used.has(f)) continue;
      const k = `${f.kind}|${f.key}`;
      const group = map.get(k);
      if (group) group.push(f);
      else map.set(k, [f]);
    }
    return map;
  };
  const restB = byKey(fb, usedB);
  const differing: [Fact, Fact][] = [];
  for (const [k, xs] of byKey(fa, usedA)) {
    const ys = restB.get(k);
    if (!ys || ys.length !== xs.length) continue;
    xs.forEach((x, i) => {
      const y = ys[i]!;
      if (differs(x, y) && (x.date === undefined || sameContext(x, y))) differing.push([x, y]);
    });
  }
  return differing;
}

/**
 * What a count in a headline or a lead counts, for setting one against the other: the counted
 * noun's lemma, or "dead" for a death count however worded. Headlines say "Death toll rises to
 * 31" or "31 dead", leads "At least 23 people died"; these count one thing, and a reader would
 * set them side by side. Only this one equivalence is made, because a casualty count is the
 * figure headlines carry most and its wordings are few and unambiguous; any other noun must be
 * the same lemma on both sides. Undefined for anything but a count of a named thing.
 */
export function countKey(text: string, sentence: Span, fact: Fact): string | undefined {
  if (fact.kind !== "number" || fact.amount === undefined) return undefined;
  const before = text.slice(sentence.start, fact.start);
  const after = text.slice(fact.end, sentence.end);
  if (fact.key.startsWith("@")) {
    // "Death toll rises to 31", "Death toll at 31", "Quake death toll climbs to 31".
    if (
      /\bdeath toll (?:(?:rises|climbs|jumps|reaches|hits|now|stands)\s+)?(?:to|at)?\s*$/i.test(
        before,
      )
    )
      return "dead";
    // "31 dead", "31 killed" with no noun counted.
    if (/^\s+(?:dead|killed)\b/i.test(after)) return "dead";
    return undefined;
  }
  if (PEOPLE.has(fact.key)) {
    // "23 people died", "23 people were killed", "23 people are dead", "23 people dead".
    const rest = after.slice(
      after.toLowerCase().indexOf(fact.noun.toLowerCase()) + fact.noun.length,
    );
    // "Sinking kills 26 passengers".
    if (/\bkill(?:s|ed)?\s*$/i.test(before)) return "dead";
    if (
      fact.noun !== "" &&
      /^\s+(?:(?:have|had|were|are)\s+(?:been\s+)?)?(?:died|dead|killed)\b/i.test(rest)
    )
      return "dead";
  }
  return fact.key;
}

/** Counted nouns a death count is told in: "23 people died", "23 villagers were killed". */
const PEOPLE = new Set(["people", "civilian", "resident", "villager", "passenger", "worker"]);

/**
 * The differing counts of a headline and the other report's lead: a key each states once, with
 * two values that differ. A key stated more than once on either side (two counts of people) is
 * not compared: which figure answers which is a guess.
 */
export function headlineAgainstLead(
  h: readonly { fact: Fact; key: string | undefined }[],
  l: readonly { fact: Fact; key: string | undefined }[],
): [Fact, Fact][] {
  const once = (list: typeof h) => {
    const count = new Map<string, number>();
    for (const { key } of list) if (key) count.set(key, (count.get(key) ?? 0) + 1);
    return list.filter(({ key }) => key !== undefined && count.get(key) === 1);
  };
  const lead = once(l);
  const out: [Fact, Fact][] = [];
  for (const x of once(h)) {
    const y = lead.find((f) => f.key === x.key);
    if (y && differs(x.fact, y.fact)) out.push([x.fact, y.fact]);
  }
  return out;
}

/** How two dates or times compare, their range ends included. */
function datesCompare(a: Fact, b: Fact): "same" | "differ" | "unknown" {
  // Worded alike, two aligned sentences name one day, even when the reports' own dates (which
  // "last Friday" resolves against) differ.
  if (a.words !== undefined && a.words === b.words) return "same";
  const start = compareDates(a.date ?? {}, b.date ?? {});
  if (start !== "same" || !a.until || !b.until) return start;
  return compareDates(a.until, b.until) === "differ" ? "differ" : "same";
}

/** True when two dates are tied to the same words on either side ("buried … on Thursday"). */
function sameContext(a: Fact, b: Fact): boolean {
  const [a0 = "", a1 = ""] = a.context ?? [];
  const [b0 = "", b1 = ""] = b.context ?? [];
  return (a0 !== "" && a0 === b0) || (a1 !== "" && a1 === b1);
}

/** True when two facts state the same value, however written. */
export function sameValue(a: Fact, b: Fact): boolean {
  if (a.date && b.date) return datesCompare(a, b) === "same";
  if (a.amount !== undefined && b.amount !== undefined)
    return a.amount === b.amount && (a.kind !== "money" || a.key === b.key);
  return a.value !== undefined && a.value === b.value;
}

function differs(a: Fact, b: Fact): boolean {
  if (a.date && b.date) return datesCompare(a, b) === "differ";
  if (a.amount !== undefined && b.amount !== undefined) return a.amount !== b.amount;
  return a.value !== undefined && b.value !== undefined && a.value !== b.value;
}

/**
 * Whether two different figures can both be true: one is an approximation that rounds the other
 * ("about 12,000" / "12,347"), or a bound the other meets ("more than 12,000" / "12,347").
 */
export function compatibility(a: Fact, b: Fact): "rounding" | "bound" | undefined {
  if (a.amount === undefined || b.amount === undefined) return undefined;
  // "about 400" rounds "412" and "some 412" alike: the rounder figure is the approximation.
  const rounds = (r: Fact, o: Fact) =>
    r.qualifier === "about" &&
    (o.qualifier !== "about" || roundingStep(o.amount!) < roundingStep(r.amount!)) &&
    Math.abs(r.amount! - o.amount!) <= roundingStep(r.amount!) / 2;
  if (rounds(a, b) || rounds(b, a)) return "rounding";
  const meets = (bound: Fact, o: Fact) =>
    o.qualifier === "exact" &&
    ((bound.qualifier === "at-least" && o.amount! >= bound.amount!) ||
      (bound.qualifier === "at-most" && o.amount! <= bound.amount!));
  if (meets(a, b) || meets(b, a)) return "bound";
  return undefined;
}
