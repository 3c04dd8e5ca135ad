import { describe, expect, it } from "vitest";
import { hedges } from "./hedges.ts";
import { labels } from "./labels.ts";
import { leftOutLoadedTerms, loadedTerms, pejorativeAffixes } from "./loaded-terms.ts";
import { CHROME_PHRASES, chromePhrases, TIME_AGO_UNITS } from "./page-chrome.ts";
import { reportNouns, reportPhrases, reportStances, reportVerbs } from "./report-verbs.ts";
import { lexiconSources } from "./sources.ts";
import { STOPWORDS, stopwordList } from "./stopwords.ts";

/**
 * Structural invariants of the lexicon data. These tests say nothing about whether a word
 * belongs in a lexicon (the cited sources decide that); they keep the data well-formed so the
 * framing stage can index it without special cases.
 */

interface Entry {
  readonly head: string;
  readonly forms: readonly string[];
  readonly note: string;
  readonly strength: number;
  readonly basis: readonly string[];
}

const labelTerms = labels.flatMap((g) => g.terms);

const lists: Record<string, readonly Entry[]> = {
  reportVerbs: reportVerbs.map((v) => ({ ...v, head: v.lemma })),
  reportPhrases: reportPhrases.map((p) => ({ ...p, head: p.phrase })),
  reportNouns: reportNouns.map((n) => ({ ...n, head: n.lemma })),
  hedges: hedges.map((h) => ({ ...h, head: h.term })),
  loadedTerms: loadedTerms.map((l) => ({ ...l, head: l.term })),
  labels: labelTerms.map((t) => ({ ...t, head: t.term })),
};

/** Lowercase, trimmed, single-spaced, straight apostrophes: the shape `tokens.ts` produces. */
const WELL_FORMED = /^[a-z0-9'](?:[a-z0-9' -]*[a-z0-9'])?$/;

function duplicates(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x) ? true : (seen.add(x), false)));
}

/** One sentence: starts with a capital or a quote, ends with a period, no full stop inside. */
function expectPlainSentence(note: string, where: string): void {
  expect(note.trim(), where).toBe(note);
  expect(note, where).toMatch(/^['"A-Z]/);
  expect(note, where).toMatch(/\.$/);
  expect(note.slice(0, -1), where).not.toMatch(/[.!?]\s+\S/);
  expect(note, where).not.toMatch(/\{|\}/);
  expect(note.length, where).toBeLessThanOrEqual(160);
}

describe.each(Object.entries(lists))("%s", (_name, entries) => {
  it("has well-formed headwords and forms that include the headword", () => {
    for (const e of entries) {
      expect(e.head, e.head).toMatch(WELL_FORMED);
      for (const f of e.forms) expect(f, `${e.head}: ${f}`).toMatch(WELL_FORMED);
      expect(e.forms, e.head).toContain(e.head);
      expect(duplicates(e.forms), e.head).toEqual([]);
    }
  });

  it("has no form listed under two entries", () => {
    expect(duplicates(entries.flatMap((e) => e.forms))).toEqual([]);
  });

  it("gives every entry a plain one-sentence note", () => {
    for (const e of entries) expectPlainSentence(e.note, e.head);
  });

  it("grades strength 0 to 2 and cites at least one known source per entry", () => {
    for (const e of entries) {
      expect([0, 1, 2], e.head).toContain(e.strength);
      expect(e.basis.length, e.head).toBeGreaterThan(0);
      expect(duplicates(e.basis), e.head).toEqual([]);
      for (const key of e.basis)
        expect(Object.keys(lexiconSources), `${e.head}: ${key}`).toContain(key);
    }
  });
});

describe("cross-lexicon ownership", () => {
  it("assigns every surface form to one framing lexicon", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (name: string, forms: readonly string[]) => {
      for (const f of new Set(forms)) {
        const prev = owners.get(f);
        if (prev && prev !== name) clashes.push(`${f}: ${prev} and ${name}`);
        owners.set(f, name);
      }
    };
    // Verbs and nouns of reporting share forms by nature ("claims"); they form one lexicon.
    claim(
      "report",
      [...reportVerbs, ...reportPhrases, ...reportNouns].flatMap((e) => e.forms),
    );
    claim(
      "hedges",
      hedges.flatMap((h) => h.forms),
    );
    claim(
      "loaded",
      loadedTerms.flatMap((l) => l.forms),
    );
    claim(
      "labels",
      labelTerms.flatMap((t) => t.forms),
    );
    expect(clashes).toEqual([]);
  });

  it("keeps verb forms unique among verbs and phrases", () => {
    expect(duplicates([...reportVerbs, ...reportPhrases].flatMap((e) => e.forms))).toEqual([]);
  });
});

describe("report verbs", () => {
  it("lists the base, third person, past and -ing forms of every verb", () => {
    for (const v of reportVerbs) {
      expect(v.forms.length, v.lemma).toBeGreaterThanOrEqual(4);
      expect(
        v.forms.some((f) => f.endsWith("ing")),
        v.lemma,
      ).toBe(true);
      expect(
        v.forms.some((f) => f.endsWith("s") && f !== v.lemma),
        v.lemma,
      ).toBe(true);
    }
  });

  it("keeps every inflected form of a phrase as long as the phrase", () => {
    for (const p of reportPhrases) {
      const words = p.phrase.split(" ").length;
      expect(words, p.phrase).toBeGreaterThan(1);
      for (const f of p.forms) expect(f.split(" ").length, `${p.phrase}: ${f}`).toBe(words);
    }
  });

  it("treats strength 0 as exactly the neutral stance", () => {
    for (const e of [...reportVerbs, ...reportPhrases, ...reportNouns]) {
      expect(e.strength === 0, e.note).toBe(e.stance === "neutral");
    }
  });

  it("describes every stance in a plain sentence", () => {
    for (const [stance, text] of Object.entries(reportStances)) expectPlainSentence(text, stance);
  });

  it("covers a broad vocabulary", () => {
    expect(reportVerbs.length).toBeGreaterThanOrEqual(120);
    expect(reportPhrases.length).toBeGreaterThanOrEqual(20);
    expect(reportNouns.length).toBeGreaterThanOrEqual(30);
  });
});

describe("hedges and loaded terms", () => {
  it("keeps the strongest hedges at strength 2", () => {
    const two = new Set(hedges.filter((h) => h.strength === 2).map((h) => h.term));
    for (const t of [
      "allegedly",
      "reportedly",
      "purportedly",
      "supposedly",
      "ostensibly",
      "so-called",
    ]) {
      expect(two, t).toContain(t);
    }
  });

  it("gives intensifiers no polarity of their own unless they are inherently negative", () => {
    for (const l of loadedTerms.filter((x) => x.category === "intensifier")) {
      expect(["neutral", "negative"], l.term).toContain(l.polarity);
    }
  });

  it("marks every loaded word and label, leaving strength 0 to plain intensifiers", () => {
    for (const l of loadedTerms) {
      if (l.category !== "intensifier") expect(l.strength, l.term).toBeGreaterThan(0);
    }
  });

  it("covers a broad vocabulary", () => {
    expect(hedges.length).toBeGreaterThanOrEqual(60);
    expect(loadedTerms.filter((l) => l.category !== "intensifier").length).toBeGreaterThanOrEqual(
      300,
    );
    expect(loadedTerms.filter((l) => l.category === "intensifier").length).toBeGreaterThanOrEqual(
      50,
    );
  });
});

describe("pejorative affixes", () => {
  it("hyphenates the attaching side and matches its own examples but not its exclusions", () => {
    for (const a of pejorativeAffixes) {
      const bare = a.affix.replace(/^-|-$/g, "");
      const fits = (w: string) => (a.position === "suffix" ? w.endsWith(bare) : w.startsWith(bare));
      expect(a.affix, a.affix).toMatch(a.position === "suffix" ? /^-[a-z]+$/ : /^[a-z]+-$/);
      expect(a.examples.length, a.affix).toBeGreaterThan(0);
      for (const w of [...a.examples, ...a.exclude]) {
        expect(w, `${a.affix}: ${w}`).toMatch(WELL_FORMED);
        expect(fits(w), `${a.affix}: ${w}`).toBe(true);
      }
      for (const w of a.examples) expect(a.exclude, `${a.affix}: ${w}`).not.toContain(w);
      expectPlainSentence(a.note, a.affix);
      expect(a.basis.length, a.affix).toBeGreaterThan(0);
    }
  });
});

describe("labels", () => {
  it("groups at least two alternative names under a unique, described referent", () => {
    expect(duplicates(labels.map((g) => g.group))).toEqual([]);
    for (const g of labels) {
      expect(g.terms.length, g.group).toBeGreaterThanOrEqual(2);
      expect(g.group, g.group).toMatch(WELL_FORMED);
      expectPlainSentence(g.description, g.group);
      expect(g.basis.length, g.group).toBeGreaterThan(0);
    }
  });

  it("names each term once across all groups", () => {
    expect(duplicates(labelTerms.map((t) => t.term))).toEqual([]);
  });
});

describe("page chrome", () => {
  it("lists unique lowercase phrases that are never a lone stop word", () => {
    expect(duplicates(CHROME_PHRASES)).toEqual([]);
    expect(CHROME_PHRASES).toEqual(chromePhrases.map((c) => c.phrase));
    for (const p of CHROME_PHRASES) {
      expect(p, p).toMatch(WELL_FORMED);
      expect(STOPWORDS.has(p), p).toBe(false);
    }
  });

  it("lists time units in singular and plural", () => {
    for (const unit of ["minute", "minutes", "hour", "hours", "day", "days"])
      expect(TIME_AGO_UNITS).toContain(unit);
  });
});

describe("stop words", () => {
  it("is a lowercase list of single words without duplicates", () => {
    expect(duplicates(stopwordList)).toEqual([]);
    expect(STOPWORDS.size).toBe(stopwordList.length);
    for (const w of stopwordList) expect(w, w).toMatch(/^[a-z']+$/);
    expect(stopwordList.length).toBeGreaterThanOrEqual(250);
  });

  it("leaves stance adverbs to the framing lexicons", () => {
    for (const w of [
      "allegedly",
      "reportedly",
      "apparently",
      "clearly",
      "obviously",
      "unfortunately",
    ]) {
      expect(STOPWORDS.has(w), w).toBe(false);
    }
  });
});

describe("sources", () => {
  it("cites every work with authors, year, title, venue and use", () => {
    for (const [key, s] of Object.entries(lexiconSources)) {
      for (const field of [s.authors, s.year, s.title, s.venue, s.use])
        expect(field.trim().length, key).toBeGreaterThan(0);
    }
  });
});

describe("entries taken out", () => {
  it("are in no framing lexicon, and each says why", () => {
    const forms = new Set(Object.values(lists).flatMap((l) => l.flatMap((e) => e.forms)));
    for (const e of leftOutLoadedTerms) {
      expect(forms.has(e.term), e.term).toBe(false);
      expectPlainSentence(e.reason.replace(/'[^']*'/g, "x"), e.term);
    }
  });
});
