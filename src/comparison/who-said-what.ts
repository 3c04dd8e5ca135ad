import type { Attribution, AttributionKind, QuoteMatchKind } from "../analysis/types.ts";
import { bodyNouns, evidenceNouns } from "../analysis/lexicons/speaker-nouns.ts";
import { nameSuffixes, personTitles } from "../analysis/lexicons/titles.ts";
import type { ComparisonIndex } from "./comparison-index.ts";
import { sliceText } from "./comparison-index.ts";
import type { Place } from "./summary.ts";
import { excerpt, tidy } from "./wording.ts";

/*
 * Who said what: the engine's attributions arranged as a reader asks about them. One row per
 * speaker, whatever each source calls them ("Director Amina Okafor", "Ms. Okafor", "Okafor"); in
 * each row, the statements attributed to that speaker, one line per statement, with what each
 * source does with it: quotes it, gives it in its own words, or does not report it.
 *
 * The engine names each speaker as a reader would, within its source; folding the names across
 * sources and across a source's own mentions is this view's work, done on those names alone
 * (never on the text around them): a surname joins forms unless two given names share it.
 */

/** How one source carries one statement. */
export type Carriage = "quoted" | "paraphrased" | "partly quoted";

export const CARRIAGE: Readonly<Record<AttributionKind, Carriage>> = {
  direct: "quoted",
  indirect: "paraphrased",
  mixed: "partly quoted",
};

/** One source's attributions of one statement (usually one; a repeated statement gives more). */
export interface StatementCell {
  readonly attributions: readonly Attribution[];
  /** Where each is: its sentence, and the attributed words. */
  readonly places: readonly Place[];
  /** The strongest way the source carries it (quoted over partly quoted over paraphrased). */
  readonly carriage: Carriage | undefined;
}

/** One statement, lined up across the sources that attribute it to the row's speaker. */
export interface Statement {
  readonly key: string;
  /** The attributed words as first reported, shortened. */
  readonly excerpt: string;
  /** One cell per source, in source order; `carriage` undefined where the source lacks it. */
  readonly cells: readonly StatementCell[];
}

export interface SpeakerTally {
  /** Statements the source quotes (directly or in part). */
  readonly quoted: number;
  /** Statements it gives only in its own words. */
  readonly paraphrased: number;
}

export interface SpeakerEntry {
  readonly key: string;
  /** The name as a reader would say it: "Amina Okafor", or "Okafor / Okafur" across spellings. */
  readonly label: string;
  /** Every other way the sources name the speaker ("Ms. Okafor", "Director Amina Okafor"). */
  readonly aliases: readonly string[];
  readonly statements: readonly Statement[];
  /** Per source, in source order. */
  readonly tally: readonly SpeakerTally[];
}

// ── Folding names ────────────────────────────────────────────────────────────────────────

const PARTICLES = new Set(
  "al el bin ibn ben bint abu de da del della der di du la le van von".split(" "),
);
const POSSESSIVE = /['’]s$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/** A speaker's name taken apart: a person ("given surname") or a body or description. */
type Parsed =
  | {
      readonly kind: "person";
      readonly given: string | undefined;
      readonly surname: string;
      readonly label: string;
    }
  | { readonly kind: "other"; readonly key: string; readonly label: string };

const bare = (word: string): string =>
  word.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[.’']/g, "").toLocaleLowerCase();

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

export function parseSpeaker(name: string): Parsed {
  const label = tidy(name).replace(/^the\s+/i, "");
  const words = label.split(" ").filter((w) => w !== "");
  // A possessive or a lower-case word that is not a particle: a body or a description ("the
  // ministry", "Iran's Foreign Ministry", "officials"), named by its whole wording.
  const person =
    words.length > 0 &&
    words.length <= 6 &&
    words.every(
      (w) => !POSSESSIVE.test(w) && (capitalised(w) || PARTICLES.has(bare(w)) || w === "of"),
    );
  // A body named by its head noun ("Justice Department", "Harbour Board") is no person, whose
  // last word would be a surname.
  const head = bare(words[words.length - 1] ?? "");
  if (!person || bodyNouns.has(head) || evidenceNouns.has(head))
    return { kind: "other", key: `other:${bare(label)}`, label };
  // Surname: the last word that is not a suffix ("Jr."); given name: the nearest capitalised word
  // before it that is not an initial, a particle or a title. Words before that are titles.
  const word = (k: number): string => words[k] ?? "";
  let s = words.length - 1;
  while (s > 0 && nameSuffixes.has(bare(word(s)))) s--;
  let first = s;
  while (first > 0 && PARTICLES.has(bare(word(first - 1)))) first--;
  const surname = words.slice(first, s + 1).join(" ");
  let g = first - 1;
  while (g >= 0 && INITIAL.test(word(g))) g--;
  const candidate = words[g];
  const given =
    candidate &&
    capitalised(candidate) &&
    !personTitles.has(bare(candidate)) &&
    bare(candidate) !== "of"
      ? candidate
      : undefined;
  return {
    kind: "person",
    given,
    surname,
    label: given ? `${given} ${surname}` : surname,
  };
}

/**
 * Whether two given names can be one person's: equal, one the other's initial, or two spellings
 * the engine grouped as one name ("Mikhail" / "Michail").
 */
function compatibleGiven(a: string, b: string, variantOf: ReadonlyMap<string, string>): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y)))
    return true;
  const group = variantOf.get(x);
  return group !== undefined && group === variantOf.get(y);
}

interface Folded {
  readonly key: string;
  readonly label: string;
}

/**
 * One key and label per speaker name of the comparison. Persons sharing a surname (or a name
 * variant group the engine found: "Okafor" / "Okafur") are one person unless two given names
 * among them differ: then each given name is its own person and the bare surname stays apart,
 * as the reader could not tell which is meant either.
 */
function foldSpeakers(index: ComparisonIndex, names: Iterable<string>): Map<string, Folded> {
  const variantOf = new Map<string, string>();
  for (const group of index.comparison.variants)
    for (const form of group.forms) variantOf.set(bare(tidy(form.text)), group.id);

  const parsed = new Map<string, Parsed>();
  for (const name of names) parsed.set(name, parseSpeaker(name));

  const surnameKey = (p: Parsed & { kind: "person" }): string =>
    `person:${variantOf.get(bare(p.label)) ?? variantOf.get(bare(p.surname)) ?? bare(p.surname)}`;
  const buckets = new Map<string, (Parsed & { kind: "person" })[]>();
  for (const p of parsed.values()) {
    if (p.kind !== "person") continue;
    const key = surnameKey(p);
    buckets.set(key, [...(buckets.get(key) ?? []), p]);
  }

  const folded = new Map<string, Folded>();
  for (const [name, p] of parsed) {
    if (p.kind === "other") {
      folded.set(name, { key: p.key, label: p.label });
      continue;
    }
    const key = surnameKey(p);
    const bucket = buckets.get(key) ?? [];
    const givens = [
      ...new Set(bucket.flatMap((q) => (q.given && bare(q.given).length > 1 ? [q.given] : []))),
    ];
    const distinct = givens.filter(
      (a, i) => givens.findIndex((b) => compatibleGiven(a, b, variantOf)) === i,
    );
    if (distinct.length <= 1) {
      // One person: named by the fullest given-and-surname form, each spelling once.
      const labels = [...new Set(bucket.map((q) => q.label))];
      const full = labels.filter((l) => l.includes(" "));
      const shown = full.length > 0 ? full : labels;
      folded.set(name, { key, label: shown.join(" / ") });
    } else if (p.given && bare(p.given).length > 1) {
      const own = p.given;
      const given = distinct.find((g) => compatibleGiven(g, own, variantOf)) ?? own;
      folded.set(name, { key: `${key}:${bare(given)}`, label: `${given} ${p.surname}` });
    } else {
      folded.set(name, { key: `${key}:?`, label: p.surname });
    }
  }
  return folded;
}

// ── Lining statements up ─────────────────────────────────────────────────────────────────

const MATCH_RANK: Readonly<Record<QuoteMatchKind, number>> = {
  verbatim: 3,
  partial: 2,
  paraphrase: 1,
};
const CARRIAGE_RANK: Readonly<Record<AttributionKind, number>> = {
  direct: 3,
  mixed: 2,
  indirect: 1,
};

const UNNAMED = "unnamed";

const computed = new WeakMap<ComparisonIndex, readonly SpeakerEntry[]>();

/**
 * The speaker rows of the comparison, most widely reported first; unnamed speakers last. Made
 * once per comparison: the summary, the explanations and the export share them.
 */
export function whoSaidWhat(index: ComparisonIndex): readonly SpeakerEntry[] {
  let entries = computed.get(index);
  if (!entries) {
    entries = arrange(index);
    computed.set(index, entries);
  }
  return entries;
}

function arrange(index: ComparisonIndex): readonly SpeakerEntry[] {
  const attributions = index.comparison.attributions ?? [];
  const byId = new Map(attributions.map((a) => [a.id, a]));
  const folded = foldSpeakers(
    index,
    attributions.flatMap((a) => (a.speaker ? [a.speaker] : [])),
  );
  const speakerKey = (a: Attribution): string =>
    a.speaker ? (folded.get(a.speaker)?.key ?? UNNAMED) : UNNAMED;

  // Reading order: source by source, then by position.
  const ordered = attributions.toSorted(
    (a, b) => index.column(a.source) - index.column(b.source) || a.cue.start - b.cue.start,
  );
  const placed = new Set<string>();
  const rows = new Map<
    string,
    { label: string; aliases: Set<string>; statements: Attribution[][] }
  >();
  for (const a of ordered) {
    // Placed already, in another speaker's line (an unnamed speaker's statement another source
    // attributes): no row of its own, which would hold no statement.
    if (placed.has(a.id)) continue;
    const key = speakerKey(a);
    const row = rows.get(key) ?? {
      label: a.speaker ? (folded.get(a.speaker)?.label ?? a.speaker) : "Unnamed speaker",
      aliases: new Set<string>(),
      statements: [],
    };
    rows.set(key, row);
    if (a.speaker) row.aliases.add(tidy(a.speaker));
    placed.add(a.id);
    // The statement line: this attribution and, in each other source, its strongest match not
    // yet placed that names the same speaker (or none). A match under another speaker is a
    // different statement, whatever the words share.
    const line = [a];
    const bestBySource = new Map<string, { attribution: Attribution; rank: number }>();
    for (const match of a.matches) {
      const other = byId.get(match.attribution);
      if (!other || placed.has(other.id) || other.source === a.source) continue;
      if (key !== UNNAMED && other.speaker && speakerKey(other) !== key) continue;
      const rank = MATCH_RANK[match.kind];
      const best = bestBySource.get(other.source);
      if (!best || rank > best.rank) bestBySource.set(other.source, { attribution: other, rank });
    }
    for (const { attribution } of bestBySource.values()) {
      placed.add(attribution.id);
      line.push(attribution);
      if (attribution.speaker && speakerKey(attribution) === key)
        row.aliases.add(tidy(attribution.speaker));
    }
    row.statements.push(line);
  }

  const entries: SpeakerEntry[] = [];
  for (const [key, row] of rows) {
    const statements = row.statements.flatMap((line, k): Statement[] => {
      const [first] = line;
      if (!first) return [];
      const cells = index.sources.map((source): StatementCell => {
        const mine = line.filter((a) => a.source === source.id);
        const strongest = mine.reduce<Attribution | undefined>(
          (best, a) => (!best || CARRIAGE_RANK[a.kind] > CARRIAGE_RANK[best.kind] ? a : best),
          undefined,
        );
        return {
          attributions: mine,
          places: mine.flatMap((a) => {
            const sentence =
              index.sentenceAt(a.source, a.cue.start) ??
              index.sentenceAt(a.source, a.content.start);
            return sentence
              ? [{ sourceId: a.source, sentenceId: sentence.id, span: a.content }]
              : [];
          }),
          carriage: strongest ? CARRIAGE[strongest.kind] : undefined,
        };
      });
      return [
        {
          key: `${key}#${k}`,
          excerpt: excerpt(sliceText(index.source(first.source), first.content), 90),
          cells,
        },
      ];
    });
    const tally = index.sources.map((_, column) => ({
      quoted: statements.filter((s) => {
        const c = s.cells[column]?.carriage;
        return c === "quoted" || c === "partly quoted";
      }).length,
      paraphrased: statements.filter((s) => s.cells[column]?.carriage === "paraphrased").length,
    }));
    const spellings = new Set(row.label.split(" / "));
    const aliases = [...row.aliases].filter((alias) => !spellings.has(alias));
    entries.push({ key, label: row.label, aliases, statements, tally });
  }
  const reach = (e: SpeakerEntry): number =>
    e.tally.filter((t) => t.quoted + t.paraphrased > 0).length;
  const size = (e: SpeakerEntry): number => e.statements.length;
  return entries.sort(
    (a, b) =>
      Number(a.key === UNNAMED) - Number(b.key === UNNAMED) ||
      reach(b) - reach(a) ||
      size(b) - size(a),
  );
}

// ── In words ─────────────────────────────────────────────────────────────────────────────

const possessive = (name: string): string => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

/**
 * What each source does with one statement, in one sentence: "Harbour Wire gives this as Ana
 * Petrowa's words, without quotation marks; The Northern Ledger quotes Anna Petrova in part."
 * Each source's own naming of the speaker is used.
 */
export function describeStatement(
  index: ComparisonIndex,
  entry: SpeakerEntry,
  statement: Statement,
): string {
  const clauses = index.sources.map((source, column) => {
    const cell = statement.cells[column];
    const speaker = cell?.attributions.find((a) => a.speaker)?.speaker;
    const name = speaker ? tidy(speaker) : (entry.label.split(" / ")[0] ?? entry.label);
    switch (cell?.carriage) {
      case "quoted":
        return `${source.name} quotes ${name} directly`;
      case "partly quoted":
        return `${source.name} quotes ${name} in part`;
      case "paraphrased":
        return `${source.name} gives this as ${possessive(name)} words, without quotation marks`;
      case undefined:
        return `${source.name} does not report it`;
    }
  });
  return `${clauses.join("; ")}.`;
}

/** The statements whose attribution has its cue in `sentenceId`, with their speakers. */
export function statementsIn(
  index: ComparisonIndex,
  sentenceId: string,
): readonly { readonly entry: SpeakerEntry; readonly statement: Statement }[] {
  const located = index.sentence(sentenceId);
  if (!located) return [];
  const { start, end } = located.sentence;
  const found: { entry: SpeakerEntry; statement: Statement }[] = [];
  for (const entry of whoSaidWhat(index))
    for (const statement of entry.statements) {
      const here = statement.cells[located.column]?.attributions.some(
        (a) => a.cue.start >= start && a.cue.start < end,
      );
      if (here) found.push({ entry, statement });
    }
  return found;
}

// ── In the text ──────────────────────────────────────────────────────────────────────────

/** The words of an attribution shown while its sentence is under the pointer or focus. */
export interface SaidSpan {
  readonly start: number;
  readonly end: number;
  /** The reporting words ("said", "according to"), or the words naming the speaker. */
  readonly role: "cue" | "speaker";
}

/** Who a sentence reports as speaking, for its description: "Amina Okafor (said)". */
export interface SaidBy {
  readonly speaker: string;
  readonly cue: string;
}

export interface SentenceAttributions {
  readonly spans: readonly SaidSpan[];
  readonly saidBy: readonly SaidBy[];
}

/**
 * Per sentence, the cue and speaker words of the attributions whose cue it holds (a speaker
 * named in another sentence is not lit: only this sentence's words are), and whom it reports.
 */
export function attributionsBySentence(
  index: ComparisonIndex,
): ReadonlyMap<string, SentenceAttributions> {
  const attributions = index.comparison.attributions ?? [];
  const bySentence = new Map<string, { spans: SaidSpan[]; saidBy: SaidBy[] }>();
  for (const a of attributions) {
    const source = index.source(a.source);
    const sentence = index.sentenceAt(a.source, a.cue.start);
    if (!source || !sentence || a.cue.end > sentence.end) continue;
    const entry = bySentence.get(sentence.id) ?? { spans: [], saidBy: [] };
    bySentence.set(sentence.id, entry);
    entry.spans.push({ ...a.cue, role: "cue" });
    const name = a.speakerSpan;
    if (name && name.start >= sentence.start && name.end <= sentence.end && name.end > name.start)
      entry.spans.push({ ...name, role: "speaker" });
    // The speaker as this source names them (resolved from "he" or "the spokesman").
    if (a.speaker)
      entry.saidBy.push({ speaker: tidy(a.speaker), cue: tidy(sliceText(source, a.cue)) });
  }
  return bySentence;
}
