import type { Span } from "../analysis/types.ts";
import { assertNever } from "../lib/assert.ts";
import { sliceText, type ComparisonIndex } from "./comparison-index.ts";
import { framingCategoryInfo, type LayerId } from "./layers.ts";
import type {
  FactMark,
  FramingWordMark,
  Mark,
  QuoteEchoMark,
  QuoteMark,
  VariantMark,
} from "./marks.ts";
import type { QuoteCounterpart } from "./quote-links.ts";
import {
  excerpt,
  joinNames,
  tidy,
  VARIANT_KIND_LABEL,
  VARIANT_KIND_PHRASE,
  type Rich,
} from "./wording.ts";

/** A place in another source an explanation points to. */
export interface CounterpartLink {
  readonly sourceId: string;
  readonly sourceName: string;
  /** How that source relates, e.g. "same words", "in its own words", "writes". */
  readonly relation: string;
  /** The counterpart's words as printed, shortened. */
  readonly excerpt: string;
  readonly target: { readonly sentenceId: string; readonly span: Span | undefined } | undefined;
}

/** Everything a mark says about itself: what it is, why, and where its counterparts are. */
export interface Explanation {
  readonly id: string;
  readonly layer: LayerId;
  readonly title: string;
  /** A second, smaller heading (variant kind, framing voice). */
  readonly kicker: string | undefined;
  /** What it is. */
  readonly summary: Rich;
  /** Why the engine thinks so. */
  readonly reason: Rich;
  readonly counterparts: readonly CounterpartLink[];
  /** Sources that carry nothing corresponding, each as one sentence. */
  readonly absences: readonly Rich[];
  /** For a fact that differs: each source's wording side by side, this source's first. */
  readonly values?: readonly FactSide[];
}

/** One source's wording of a fact, for the side-by-side view. */
export interface FactSide {
  readonly sourceName: string;
  /** The words as printed. */
  readonly words: string;
  /** The engine's normalised value ("12000", "2022-12-11"), when it has one. */
  readonly value: string | undefined;
}

function otherSources(index: ComparisonIndex, sourceId: string): string[] {
  return index.sources.filter((s) => s.id !== sourceId).map((s) => s.id);
}

function linkTo(
  index: ComparisonIndex,
  counterpart: { source: string; sentence: string | undefined; span: Span | undefined },
  relation: string,
): CounterpartLink {
  const source = index.source(counterpart.source);
  const sentenceId =
    counterpart.sentence ??
    (counterpart.span
      ? index.sentenceAt(counterpart.source, counterpart.span.start)?.id
      : undefined);
  const sentence = sentenceId ? index.sentence(sentenceId)?.sentence : undefined;
  const words = counterpart.span ?? sentence;
  return {
    sourceId: counterpart.source,
    sourceName: index.sourceName(counterpart.source),
    relation,
    excerpt: words ? excerpt(sliceText(source, words)) : "",
    target: sentenceId ? { sentenceId, span: counterpart.span } : undefined,
  };
}

const QUOTE_RELATION = {
  verbatim: "same words",
  partial: "part of these words",
  paraphrase: "in its own words",
};

function explainQuote(index: ComparisonIndex, mark: QuoteMark): Explanation {
  const name = index.sourceName(mark.source);
  const speaker = mark.quote.speaker ? tidy(mark.quote.speaker) : undefined;
  const words = excerpt(sliceText(index.source(mark.source), mark), 120);
  const carriers = (kinds: readonly QuoteCounterpart["kind"][]): string[] => [
    ...new Set(
      mark.counterparts
        .filter((c) => kinds.includes(c.kind))
        .map((c) => index.sourceName(c.source)),
    ),
  ];
  const linked = new Set(mark.counterparts.map((c) => c.source));
  const missing = otherSources(index, mark.source).filter((id) => !linked.has(id));
  const summary: Rich = speaker
    ? [`${name} quotes `, { em: speaker }, ": “", { em: words }, "”."]
    : [`${name} prints “`, { em: words }, "” as a direct quotation; the speaker is not named."];

  let title: string;
  let reason: Rich;
  switch (mark.layer) {
    case "quote-shared": {
      const same = carriers(["verbatim", "partial"]);
      title = "Shared quote";
      reason = [`${joinNames(same)} ${same.length > 1 ? "print" : "prints"} the same words too.`];
      break;
    }
    case "quote-paraphrased": {
      const own = carriers(["paraphrase"]);
      title = "Paraphrased quote";
      reason = [
        `${joinNames(own)} ${own.length > 1 ? "make" : "makes"} the same point only in ${own.length > 1 ? "their" : "its"} own words, without quotation marks.`,
      ];
      break;
    }
    default:
      title = `Quoted only in ${name}`;
      reason = ["No other source prints these words or paraphrases them."];
  }
  return {
    id: mark.id,
    layer: mark.layer,
    title,
    kicker: speaker ? `Speaker: ${speaker}` : undefined,
    summary,
    reason,
    counterparts: mark.counterparts.map((c) => linkTo(index, c, QUOTE_RELATION[c.kind])),
    absences: missing.map((id) => [
      `${index.sourceName(id)} carries neither these words nor a paraphrase.`,
    ]),
  };
}

function explainEcho(index: ComparisonIndex, mark: QuoteEchoMark): Explanation {
  const name = index.sourceName(mark.source);
  const origin = index.sourceName(mark.quote.source);
  const speaker = mark.quote.speaker ? tidy(mark.quote.speaker) : undefined;
  const as = speaker
    ? [`quotes `, { em: speaker }, ` as saying.`]
    : ["prints as a direct quotation."];
  const paraphrase = mark.counterpart.kind === "paraphrase";
  return {
    id: mark.id,
    layer: mark.layer,
    title: paraphrase ? "Paraphrased quote" : "Shared quote",
    kicker: speaker ? `Speaker: ${speaker}` : undefined,
    summary: paraphrase
      ? [`${name} puts in its own words what ${origin} `, ...as]
      : [
          `${name} carries ${mark.counterpart.kind === "partial" ? "part of " : ""}the words ${origin} `,
          ...as,
        ],
    reason: paraphrase
      ? [
          `The engine matched this passage to the quotation by meaning: the wording differs, the point is the same.`,
        ]
      : [`The engine matched these words to the quotation in ${origin}.`],
    counterparts: [linkTo(index, mark.counterpart, "quoted")],
    absences: [],
  };
}

function explainVariant(index: ComparisonIndex, mark: VariantMark): Explanation {
  const name = index.sourceName(mark.source);
  const printed = tidy(sliceText(index.source(mark.source), mark));
  const others = mark.group.forms.filter((f) => f.source !== mark.source);
  const pieces: Rich = others.flatMap((form) => [
    `, ${index.sourceName(form.source)} `,
    { em: tidy(form.text) },
  ]);
  return {
    id: mark.id,
    layer: "variant",
    title: "Name variant",
    kicker: VARIANT_KIND_LABEL[mark.group.kind],
    summary: [
      `${name} writes `,
      { em: printed },
      ...pieces,
      `: ${VARIANT_KIND_PHRASE[mark.group.kind]}.`,
    ],
    reason: [
      "The word-by-word comparison of aligned sentences counts these as the same, not as an edit.",
    ],
    counterparts: others.map((form) => {
      const first = form.spans[0];
      return {
        ...linkTo(index, { source: form.source, sentence: undefined, span: first }, "writes"),
        excerpt: tidy(form.text),
      };
    }),
    absences: [],
  };
}

function explainFraming(index: ComparisonIndex, mark: FramingWordMark): Explanation {
  const name = index.sourceName(mark.source);
  const { framing } = mark;
  const word = tidy(sliceText(index.source(mark.source), mark));
  const info = framingCategoryInfo(framing.category);
  const counterpart = framing.counterpart;
  const sentenceId = index.sentenceAt(mark.source, mark.start)?.id;
  const partnerSources = new Set(
    (sentenceId ? index.partners(sentenceId) : []).map((id) => index.sentence(id)?.source.id),
  );
  const absences: Rich[] = otherSources(index, mark.source)
    .filter((id) => id !== counterpart?.source)
    .map((id) =>
      partnerSources.has(id)
        ? [`${index.sourceName(id)} has no counterpart: its matching sentence uses no such word.`]
        : [`${index.sourceName(id)} has no counterpart: it does not report this sentence.`],
    );
  return {
    id: mark.id,
    layer: "framing",
    title: info.singular,
    kicker: framing.voice === "narrator" ? `In ${name}’s own voice` : "Inside a quotation",
    summary: [{ em: word }, `: ${tidy(framing.note)}`],
    reason:
      framing.voice === "narrator"
        ? [`${name} uses this word itself, in its own voice.`]
        : [
            `The word is inside a quotation: it belongs to the person ${name} quotes, not to the outlet.`,
          ],
    counterparts: counterpart
      ? [
          linkTo(
            index,
            { source: counterpart.source, sentence: undefined, span: counterpart },
            "uses",
          ),
        ]
      : [],
    absences,
  };
}

/** The fact kinds as a reader names them, for a fact's kicker and the summary table. */
export const FACT_KIND_LABEL: Readonly<Record<FactMark["fact"]["kind"], string>> = {
  number: "Number",
  money: "Amount of money",
  percent: "Percentage",
  date: "Date",
  time: "Time of day",
  duration: "Duration",
  place: "Place",
  other: "Figure",
};

function explainFact(index: ComparisonIndex, mark: FactMark): Explanation {
  const { fact } = mark;
  const side = (value: FactMark["value"]): FactSide => ({
    sourceName: index.sourceName(value.source),
    words: tidy(sliceText(index.source(value.source), value)),
    value: value.value,
  });
  return {
    id: mark.id,
    layer: "fact",
    title: fact.compatible ? "Figures that can both be true" : "A fact that differs",
    kicker: FACT_KIND_LABEL[fact.kind],
    summary: [tidy(fact.note)],
    reason: fact.compatible
      ? [
          fact.compatible === "rounding"
            ? "One source gives a rounded figure (“about …”) that the other's exact figure fits."
            : "One source gives a bound (“more than …”, “up to …”) that the other's figure meets.",
        ]
      : [
          "The sentences are aligned: they report the same thing, and state this value differently. Which is right is for the reader to check.",
        ],
    counterparts: mark.others.map((other) =>
      linkTo(
        index,
        { source: other.source, sentence: other.sentence, span: other },
        "states it as",
      ),
    ),
    absences: [],
    values: [side(mark.value), ...mark.others.map(side)],
  };
}

export function explainMark(index: ComparisonIndex, mark: Mark): Explanation {
  switch (mark.kind) {
    case "quote":
      return explainQuote(index, mark);
    case "quote-echo":
      return explainEcho(index, mark);
    case "variant":
      return explainVariant(index, mark);
    case "framing":
      return explainFraming(index, mark);
    case "fact":
      return explainFact(index, mark);
    default:
      return assertNever(mark);
  }
}

/** The "only in <outlet>" explanation of a sentence no other source carries. */
export function explainUnique(index: ComparisonIndex, sentenceId: string): Explanation {
  const located = index.sentence(sentenceId);
  const sourceId = located?.source.id ?? "";
  const name = index.sourceName(sourceId);
  const others = otherSources(index, sourceId).map((id) => index.sourceName(id));
  return {
    id: `unique-${sentenceId}`,
    layer: "unique",
    title: `Only in ${name}`,
    kicker: undefined,
    summary: [`Only ${name} reports this. No sentence in ${joinNames(others, "or")} matches it.`],
    reason: [
      "The engine aligned it with nothing in the other sources: context one outlet chose to add, or a detail the others left out.",
    ],
    counterparts: [],
    absences: [],
  };
}
