import type { VariantKind } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import { joinNames, tidy } from "../../../comparison/wording.ts";
import { byScore, q, type Candidate } from "./candidate.ts";
import { overlaps, passageExcerpt, passageOf, wordCount } from "./passages.ts";
import type { Passage } from "./types.ts";

/*
 * Questions about what the reports carry: their headlines, a quotation one gives directly and
 * another only in its own words, what only one reports, and a name written differently. Each is
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

/** A quotation given directly in one source and only paraphrased in another. */
export function quoteCandidates(
  index: ComparisonIndex,
  marks: readonly Mark[],
): readonly Candidate[] {
  const out: Candidate[] = [];
  for (const mark of marks) {
    if (mark.kind !== "quote") continue;
    const quoted = passageOf(mark.source, mark);
    const quoteSentence = index.sentenceAt(mark.source, mark.start);
    const text = passageExcerpt(index, quoted, 1000);
    for (const sourceId of new Set(mark.counterparts.map((c) => c.source))) {
      // The engine lists its best match first; a source that also prints the words does not
      // "only paraphrase" them.
      const ofSource = mark.counterparts.filter((c) => c.source === sourceId);
      const counterpart = ofSource[0];
      if (!counterpart || ofSource.some((c) => c.kind !== "paraphrase" || c.quote)) continue;
      const sentence = counterpart.sentence ? index.sentence(counterpart.sentence) : undefined;
      const span = counterpart.span ?? sentence?.sentence;
      if (!span) continue;
      const paraphrase = passageOf(counterpart.source, span);
      const name = index.sourceName(mark.source);
      const other = index.sourceName(counterpart.source);
      const speaker = mark.quote.speaker ? tidy(mark.quote.speaker) : undefined;
      const opening = speaker
        ? `${name} quotes ${speaker} directly: ${q(passageExcerpt(index, quoted, QUOTE_CHARS))}.`
        : `${name} prints these words as a direct quotation: ${q(passageExcerpt(index, quoted, QUOTE_CHARS))}.`;
      out.push({
        question: {
          id: `quote-${mark.source}-${mark.start}-${counterpart.source}`,
          kind: "quote",
          text: `${opening} ${other} gives the point in its own words: ${q(passageExcerpt(index, paraphrase, 160))}. What changes when a quotation becomes a paraphrase?`,
          passages: [quoted, paraphrase],
        },
        score:
          alignedScore(index, quoteSentence?.id, sentence?.sentence.id ?? counterpart.sentence) +
          (speaker ? 0.2 : 0) +
          (wordCount(text) >= 5 ? 0.2 : 0) +
          // Quoted whole in the question, not cut short.
          (text.length <= QUOTE_CHARS ? 0.2 : 0) +
          (quoteSentence?.role === "headline" ? -0.3 : 0),
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
