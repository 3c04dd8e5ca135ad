import type { VariantKind } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import { joinNames, tidy } from "../../../comparison/wording.ts";
import { whoSaidWhat } from "../../../comparison/who-said-what.ts";
import { byScore, q, type Candidate } from "./candidate.ts";
import { overlaps, passageExcerpt, passageOf, wordCount } from "./passages.ts";
import type { Passage } from "./types.ts";

/*
 * Questions about what the reports carry: their headlines, a statement one quotes and another
 * gives only in its own words or leaves out, what only one reports, and a name written differently. Each is
 * made only when the Comparison holds what it asks about.
 */

/** Every source's headline, when at least two sources have one. */
export function headlineCandidates(index: ComparisonIndex): readonly Candidate[] {
  const headlines = index.sources.flatMap((source) => {
    const sentences = source.sentences.filter((s) => s.role === "headline");
    const first = sentences[0];
    const last = sentences.at(-1);
    return first && last
      ? [
          {
            name: source.name,
            passage: passageOf(source.id, { start: first.start, end: last.end }),
          },
        ]
      : [];
  });
  if (headlines.length < 2) return [];
  const listed = headlines
    .map(({ name, passage }) => `${name}: ${q(passageExcerpt(index, passage, 200))}`)
    .join(" ");
  return [
    {
      question: {
        id: "headline",
        kind: "headline",
        text: `Compare the headlines. ${listed} What does each headline put first, and whose words does it use?`,
        passages: headlines.map((h) => h.passage),
      },
      score: 1,
    },
  ];
}

/** The similarity of two sentences' alignment, 0 when they are not aligned. */
function alignedScore(
  index: ComparisonIndex,
  a: string | undefined,
  b: string | undefined,
): number {
  if (!a || !b) return 0;
  return Math.max(
    0,
    ...index
      .alignmentsOf(a)
      .filter((x) => x.sentences.includes(b))
      .map((x) => x.score),
  );
}

/** Longest quotation a question prints whole. */
const QUOTE_CHARS = 140;

/**
 * A statement one source quotes and another gives only in its own words, or leaves out: one
 * question per such pair of sources, from the Who said what table.
 */
export function quoteCandidates(index: ComparisonIndex): readonly Candidate[] {
  const out: Candidate[] = [];
  for (const entry of whoSaidWhat(index)) {
    for (const statement of entry.statements) {
      statement.cells.forEach((cell, column) => {
        const quoting = cell.attributions.find((a) => a.kind !== "indirect");
        const source = index.sources[column];
        if (!quoting || !source) return;
        const quoted = passageOf(source.id, quoting.content);
        const quoteSentence = index.sentenceAt(source.id, quoting.cue.start);
        const text = passageExcerpt(index, quoted, 1000);
        const speaker = quoting.speaker ? tidy(quoting.speaker) : undefined;
        const opening = speaker
          ? `${source.name} quotes ${speaker}: ${q(passageExcerpt(index, quoted, QUOTE_CHARS))}.`
          : `${source.name} prints these words as a quotation: ${q(passageExcerpt(index, quoted, QUOTE_CHARS))}.`;
        const base =
          (speaker ? 0.2 : 0) +
          (wordCount(text) >= 5 ? 0.2 : 0) +
          // Quoted whole in the question, not cut short.
          (text.length <= QUOTE_CHARS ? 0.2 : 0) +
          (quoteSentence?.role === "headline" ? -0.3 : 0);
        statement.cells.forEach((other, k) => {
          const otherSource = index.sources[k];
          if (k === column || !otherSource || other.carriage === "quoted") return;
          if (other.carriage === "partly quoted") return;
          const id = `quote-${source.id}-${quoting.content.start}-${otherSource.id}`;
          const paraphrasing = other.attributions[0];
          if (!paraphrasing) {
            // Left out: asked only where the other source reports the speaker elsewhere, so the
            // silence is a choice about this statement, not about the whole story.
            const there = entry.tally[k];
            const speaksThere = (there?.quoted ?? 0) + (there?.paraphrased ?? 0);
            if (speaksThere === 0 || !speaker) return;
            out.push({
              question: {
                id,
                kind: "quote",
                text: `${opening} ${otherSource.name} reports ${speaker} but not this statement. Why might an outlet leave out some of a speaker's words, and what does the reader miss?`,
                passages: [quoted],
              },
              score: base - 0.1,
            });
            return;
          }
          const paraphrase = passageOf(otherSource.id, paraphrasing.content);
          const otherSentence = index.sentenceAt(otherSource.id, paraphrasing.cue.start);
          out.push({
            question: {
              id,
              kind: "quote",
              text: `${opening} ${otherSource.name} gives the point in its own words: ${q(passageExcerpt(index, paraphrase, 160))}. What changes when a quotation becomes a paraphrase?`,
              passages: [quoted, paraphrase],
            },
            score: base + 0.5 + alignedScore(index, quoteSentence?.id, otherSentence?.id),
          });
        });
      });
    }
  }
  return byScore(out);
}

/** A sentence only one source reports, the ones with the most framing, quotes and names first. */
export function uniqueCandidates(
  index: ComparisonIndex,
  marks: readonly Mark[],
): readonly Candidate[] {
  const out: Candidate[] = [];
  for (const source of index.sources) {
    const others = index.sources.filter((s) => s.id !== source.id).map((s) => s.name);
    for (const sentence of source.sentences) {
      if (!index.isUnique(sentence.id)) continue;
      const passage = passageOf(source.id, sentence);
      const text = passageExcerpt(index, passage, 220);
      if (wordCount(text) < 4) continue; // a fragment is not content worth asking about
      const richness = marks.filter((m) => m.source === source.id && overlaps(m, sentence)).length;
      out.push({
        question: {
          id: `unique-${source.id}-${sentence.start}`,
          kind: "unique",
          text: `Only ${source.name} reports this: ${q(text)} What does it add to the story, and why might ${joinNames(others)} leave it out?`,
          passages: [passage],
        },
        score: richness + Math.min(wordCount(text), 40) / 100,
      });
    }
  }
  return byScore(out);
}

/** How much a variant kind is worth discussing in class: a transliteration most, a capital least. */
const VARIANT_INTEREST: Readonly<Record<VariantKind, number>> = {
  transliteration: 5,
  spelling: 4,
  other: 3,
  typo: 3,
  abbreviation: 2,
  case: 1,
};

const VARIANT_ASK: Readonly<Record<VariantKind, string>> = {
  transliteration:
    "The same name, written from another alphabet. Why do such spellings differ, and does it matter to a reader?",
  spelling: "Is this the same name? Why might it be written differently?",
  other: "Is this the same name? Why might it be written differently?",
  typo: "Is one of them a slip? What can a misspelt name tell you about how a report was put together?",
  abbreviation: "Who is each form written for?",
  case: "Is this the same name? Does the difference matter?",
};

/** One name written differently: each source's fullest form, at its first place. */
export function variantCandidates(index: ComparisonIndex): readonly Candidate[] {
  const out: Candidate[] = [];
  for (const group of index.comparison.variants) {
    const forms = index.sources.flatMap((source) => {
      const own = group.forms
        .filter((f) => f.source === source.id && f.spans.length > 0)
        .toSorted((a, b) => b.text.length - a.text.length)[0];
      const span = own?.spans[0];
      if (!own || !span || span.end > source.text.length || span.end <= span.start) return [];
      return [{ name: source.name, passage: passageOf(source.id, span), text: tidy(own.text) }];
    });
    const [first] = forms;
    if (!first || forms.length < 2 || new Set(forms.map((f) => f.text.toLowerCase())).size < 2)
      continue;
    const listed = forms.map((f) => `${f.name} writes ${q(f.text)}`);
    const passages: Passage[] = forms.map((f) => f.passage);
    out.push({
      question: {
        id: `variant-${first.passage.source}-${first.passage.start}`,
        kind: "variant",
        text: `${joinNames(listed)}. ${VARIANT_ASK[group.kind]}`,
        passages,
      },
      score:
        VARIANT_INTEREST[group.kind] +
        Math.min(
          group.forms.reduce((n, f) => n + f.spans.length, 0),
          10,
        ) /
          20,
    });
  }
  return byScore(out);
}
