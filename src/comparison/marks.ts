import type {
  FactDifference,
  FactValue,
  FramingMark,
  Quote,
  Span,
  VariantForm,
  VariantGroup,
} from "../analysis/types.ts";
import type { ComparisonIndex } from "./comparison-index.ts";
import type { LayerId, Visibility } from "./layers.ts";
import { linkQuotes, type QuoteCounterpart } from "./quote-links.ts";

interface MarkBase extends Span {
  /** Stable within one Comparison; used for DOM ids and React keys. */
  readonly id: string;
  readonly source: string;
  readonly layer: LayerId;
}

/** A quotation as its own source prints it. */
export interface QuoteMark extends MarkBase {
  readonly kind: "quote";
  readonly quote: Quote;
  readonly counterparts: readonly QuoteCounterpart[];
}

/** Words in another source that the engine matched to a quotation (no quotation of their own). */
export interface QuoteEchoMark extends MarkBase {
  readonly kind: "quote-echo";
  readonly quote: Quote;
  readonly counterpart: QuoteCounterpart;
}

export interface VariantMark extends MarkBase {
  readonly kind: "variant";
  readonly group: VariantGroup;
  readonly form: VariantForm;
}

export interface FramingWordMark extends MarkBase {
  readonly kind: "framing";
  readonly framing: FramingMark;
}

/** A value another source states differently: "12,000" here, "12,300" there. */
export interface FactMark extends MarkBase {
  readonly kind: "fact";
  readonly fact: FactDifference;
  /** This source's wording of the fact. */
  readonly value: FactValue;
  /** The other sources' wordings. */
  readonly others: readonly FactValue[];
}

/** One highlight on the reading text: a union discriminated on `kind`. */
export type Mark = QuoteMark | QuoteEchoMark | VariantMark | FramingWordMark | FactMark;

/** Which quote layer a quotation belongs to, from what the other sources do with it. */
export function quoteLayer(counterparts: readonly QuoteCounterpart[]): LayerId {
  if (counterparts.some((c) => c.kind === "verbatim" || c.kind === "partial"))
    return "quote-shared";
  if (counterparts.some((c) => c.kind === "paraphrase")) return "quote-paraphrased";
  return "unique";
}

function inBounds(index: ComparisonIndex, sourceId: string, span: Span): boolean {
  const source = index.source(sourceId);
  return (
    source !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= source.text.length
  );
}

/** Every mark the Comparison implies, whatever is switched on. Out-of-range spans are dropped. */
export function buildMarks(index: ComparisonIndex): readonly Mark[] {
  const { quotes, variants, framing } = index.comparison;
  const marks: Mark[] = [];
  const links = linkQuotes(index);

  for (const quote of quotes) {
    const counterparts = links.get(quote.id) ?? [];
    marks.push({
      kind: "quote",
      id: `q-${quote.id}`,
      source: quote.source,
      start: quote.start,
      end: quote.end,
      layer: quoteLayer(counterparts),
      quote,
      counterparts,
    });
    counterparts.forEach((counterpart, k) => {
      if (counterpart.quote || !counterpart.span) return; // shown by that source's own quote mark
      marks.push({
        kind: "quote-echo",
        id: `qe-${quote.id}-${k}`,
        source: counterpart.source,
        start: counterpart.span.start,
        end: counterpart.span.end,
        layer: counterpart.kind === "paraphrase" ? "quote-paraphrased" : "quote-shared",
        quote,
        counterpart: {
          source: quote.source,
          sentence: index.sentenceAt(quote.source, quote.start)?.id,
          span: { start: quote.start, end: quote.end },
          kind: counterpart.kind,
          quote,
        },
      });
    });
  }

  for (const group of variants) {
    if (new Set(group.forms.map((f) => f.source)).size < 2) continue; // nothing to compare with
    for (const form of group.forms) {
      form.spans.forEach((span, k) => {
        marks.push({
          kind: "variant",
          id: `v-${group.id}-${form.source}-${k}`,
          source: form.source,
          start: span.start,
          end: span.end,
          layer: "variant",
          group,
          form,
        });
      });
    }
  }

  framing.forEach((mark, k) => {
    marks.push({
      kind: "framing",
      id: `f-${k}`,
      source: mark.source,
      start: mark.start,
      end: mark.end,
      layer: "framing",
      framing: mark,
    });
  });

  for (const fact of index.comparison.facts ?? []) {
    fact.values.forEach((value, k) => {
      marks.push({
        kind: "fact",
        id: `fd-${fact.id}-${k}`,
        source: value.source,
        start: value.start,
        end: value.end,
        layer: "fact",
        fact,
        value,
        others: fact.values.filter((other) => other !== value),
      });
    });
  }

  return marks.filter((mark) => inBounds(index, mark.source, mark));
}

export function isMarkVisible(mark: Mark, visibility: Visibility): boolean {
  if (!visibility.layers[mark.layer]) return false;
  return mark.kind !== "framing" || visibility.framing[mark.framing.category];
}

/** Marks grouped under each sentence they touch (a mark crossing sentences appears in each). */
export function marksBySentence(
  index: ComparisonIndex,
  marks: readonly Mark[],
): ReadonlyMap<string, readonly Mark[]> {
  const bySentence = new Map<string, Mark[]>();
  for (const mark of marks) {
    for (const sentence of index.sentencesOverlapping(mark.source, mark)) {
      const list = bySentence.get(sentence.id) ?? [];
      list.push(mark);
      bySentence.set(sentence.id, list);
    }
  }
  return bySentence;
}
