import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeStory } from "../../../scripts/bench.ts";
import {
  findFramingTerm,
  findReportWord,
  scanSentence,
  type FramingHit,
  type LexiconEntry,
} from "./lexicon-index.ts";
import { hedges } from "../lexicons/hedges.ts";
import { labels } from "../lexicons/labels.ts";
import { loadedTerms, pejorativeAffixes } from "../lexicons/loaded-terms.ts";
import { reportNouns, reportPhrases, reportVerbs } from "../lexicons/report-verbs.ts";
import { isTitleCased, tokenize, type Token } from "../text/tokens.ts";
import type { FramingCategory } from "../types.ts";

describe("lexicon matching equals the direct version", () => {
  const split = (form: string) =>
    form
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/[\s\u2010\u2011-]+/)
      .filter(Boolean);
  const compile = () => {
    const report = new Map<string, LexiconEntry[]>();
    const framing = new Map<string, LexiconEntry[]>();
    const add = (map: Map<string, LexiconEntry[]>, e: LexiconEntry) => {
      const first = e.words[0];
      if (!first) return;
      const list = map.get(first) ?? [];
      if (list.some((x) => x.words.join(" ") === e.words.join(" "))) return;
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
    for (const n of reportNouns)
      for (const f of n.forms)
        add(framing, {
          words: split(f),
          lemma: n.lemma,
          category: "attribution",
          strength: n.strength,
          note: n.note,
          kind: "noun",
        });
    for (const h of hedges)
      for (const f of h.forms)
        add(framing, {
          words: split(f),
          lemma: h.term,
          category: "hedge",
          strength: h.strength,
          note: h.note,
          kind: "term",
        });
    for (const g of labels) {
      for (const t of g.terms)
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
    for (const l of loadedTerms)
      for (const f of l.forms)
        add(framing, {
          words: split(f),
          lemma: l.term,
          category: l.category,
          strength: l.strength,
          note: l.note,
          kind: "term",
        });
    return { report, framing };
  };
  const compiled = compile();
  const DETERMINERS = new Set([
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "no",
    "every",
    "each",
  ]);
  const COMMON = new Set<FramingCategory>(["attribution", "hedge", "intensifier"]);
  const match = (
    map: Map<string, LexiconEntry[]>,
    tokens: readonly Token[],
    i: number,
  ): LexiconEntry | undefined => {
    const first = tokens[i];
    if (!first) return undefined;
    const inName = i > 0 && first.capitalized && !isTitleCased(tokens);
    const rawLower = first.raw.toLowerCase();
    const list =
      map.get(rawLower.includes("’") ? rawLower.replace(/’/g, "'") : rawLower) ??
      map.get(first.lower);
    if (!list) return undefined;
    // Right after it: a determiner that ends a quotation or a clause determines nothing.
    const prev = tokens[i - 1];
    const afterDeterminer = !!prev && DETERMINERS.has(prev.lower) && first.start - prev.end <= 1;
    outer: for (const e of list) {
      if (inName && COMMON.has(e.category)) continue;
      if (afterDeterminer && e.kind === "verb") continue;
      for (let k = 1; k < e.words.length; k++) {
        const t = tokens[i + k];
        if (!t || (t.lower !== e.words[k] && t.raw.toLowerCase() !== e.words[k])) continue outer;
        const prev = tokens[i + k - 1];
        if (prev && t.start - prev.end > 2) continue outer;
      }
      return e;
    }
    return undefined;
  };
  const reportWord = (tokens: readonly Token[], i: number) => {
    const e = match(compiled.report, tokens, i);
    return e ? { ...e, length: e.words.length } : undefined;
  };
  const affixes = pejorativeAffixes.map((a) => ({ ...a, bare: a.affix.replace(/^-|-$/g, "") }));
  const affixHit = (tokens: readonly Token[], i: number): FramingHit | undefined => {
    const first = tokens[i];
    if (!first) return undefined;
    let j = i;
    while (tokens[j]?.hyphenNext && j - i < 3) j++;
    const last = tokens[j] ?? first;
    const compound =
      j === i
        ? first.lower
        : tokens
            .slice(i, j + 1)
            .map((t) => t.lower)
            .join("-");
    for (const a of affixes) {
      const ok =
        a.position === "suffix"
          ? compound.endsWith(a.bare) && compound.length >= a.bare.length + 3
          : compound.startsWith(a.bare) && compound.length >= a.bare.length + 3;
      if (ok && !a.exclude.includes(compound) && (!a.capitalizedOnly || first.capitalized)) {
        return {
          start: first.start,
          end: last.end,
          length: j - i + 1,
          lemma: compound,
          category: "loaded",
          strength: 2,
          note: a.note,
          kind: "term",
        };
      }
    }
    return undefined;
  };
  const framingTerm = (tokens: readonly Token[], i: number): FramingHit | undefined => {
    const e = match(compiled.framing, tokens, i);
    const first = tokens[i];
    if (!first) return undefined;
    const coined = affixHit(tokens, i);
    if (coined && (!e || coined.length > e.words.length)) return coined;
    if (e) {
      const last = tokens[i + e.words.length - 1] ?? first;
      return {
        start: first.start,
        end: last.end,
        length: e.words.length,
        lemma: e.lemma,
        category: e.category,
        strength: e.strength,
        note: e.note,
        kind: e.kind,
        ...(e.group ? { group: e.group } : {}),
      };
    }
    return undefined;
  };
  /** Differences between the two versions on one sentence, as text for a readable failure. */
  const differences = (tokens: readonly Token[]): string[] => {
    const out: string[] = [];
    const hits: FramingHit[] = [];
    const verbs: { start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const want = reportWord(tokens, i);
      if (JSON.stringify(findReportWord(tokens, i)) !== JSON.stringify(want))
        out.push(`report word at ${i}`);
      if (JSON.stringify(findFramingTerm(tokens, i)) !== JSON.stringify(framingTerm(tokens, i)))
        out.push(`framing term at ${i}`);
      const first = tokens[i];
      const last = tokens[i + (want?.length ?? 1) - 1];
      if (want && first && last && want.kind === "verb")
        verbs.push({ start: first.start, end: last.end });
    }
    for (let i = 0; i < tokens.length;) {
      const hit = framingTerm(tokens, i);
      if (hit) hits.push(hit);
      i += hit?.length ?? 1;
    }
    const scan = scanSentence(tokens);
    const sorted = (x: object) => JSON.stringify(x, Object.keys(x).sort());
    if (scan.hits.map(sorted).join() !== hits.map(sorted).join()) out.push("sentence hits");
    if (JSON.stringify(scan.verbs) !== JSON.stringify(verbs)) out.push("sentence verbs");
    return out.map((d) => `${d}: ${tokens.map((t) => t.raw).join(" ")}`);
  };

  it("on the seed, the fixtures and a generated story", () => {
    const read = (path: string) =>
      readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8");
    const texts = [
      read("seeds/moscow-times.txt"),
      read("seeds/ifp.txt"),
      ...makeStory(11, 2, 20_000).map((s) => s.text),
    ];
    for (const dir of readdirSync(new URL("../../../fixtures/reports/", import.meta.url), {
      withFileTypes: true,
    })) {
      if (!dir.isDirectory()) continue;
      for (const file of readdirSync(
        new URL(`../../../fixtures/reports/${dir.name}/`, import.meta.url),
      )) {
        if (file.endsWith(".txt")) texts.push(read(`fixtures/reports/${dir.name}/${file}`));
      }
    }
    const found: string[] = [];
    for (const text of texts)
      for (const line of text.split(/\n+|(?<=[.!?])\s+/))
        found.push(...differences(tokenize(line)));
    expect(found).toEqual([]);
  });

  it("on sentences made of lexicon words in every case, after determiners, in names and in compounds", () => {
    // Lexicon words (first and later words of entries), determiners, affix words and names.
    const vocabulary = [
      ...new Set([...compiled.framing.values()].flat().flatMap((e) => e.words)),
    ].filter((_, k) => k % 7 === 0);
    const word = fc.oneof(
      fc.constantFrom(
        ...vocabulary,
        "the",
        "a",
        "it",
        "is",
        "was",
        "said",
        "according",
        "to",
        "so-called",
        "warmonger",
        "Xenophobia",
        "partygate",
        "pseudo-science",
        "it’s",
        "U.S.",
        "régime",
      ),
      fc.constantFrom("Anna", "Kessel", "Minister", "Said"),
    );
    const cased = fc
      .tuple(
        word,
        fc.constantFrom("lower", "Title", "UPPER", "as is"),
        fc.constantFrom("", "’s", "'s"),
      )
      .map(
        ([w, c, s]) =>
          (c === "lower"
            ? w.toLowerCase()
            : c === "UPPER"
              ? w.toUpperCase()
              : c === "Title"
                ? w.charAt(0).toUpperCase() + w.slice(1)
                : w) + s,
      );
    const sentence = fc
      .array(fc.tuple(cased, fc.constantFrom(" ", " ", " ", "-", ", ", "  ")), {
        minLength: 1,
        maxLength: 14,
      })
      .map((ws) =>
        ws
          .map(([w, sep]) => w + sep)
          .join("")
          .trim(),
      );
    fc.assert(
      fc.property(sentence, (text) => {
        expect(differences(tokenize(text))).toEqual([]);
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
