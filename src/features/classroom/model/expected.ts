import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark, QuoteMark } from "../../../comparison/marks.ts";
import { joinNames, tidy, VARIANT_KIND_PHRASE } from "../../../comparison/wording.ts";
import { isPassageInBounds, passageExcerpt, passageOf, passageWords } from "./passages.ts";
import { kindOfCategory, TAG_KINDS, type TagKind } from "./tag-kinds.ts";
import type { Passage } from "./types.ts";

/**
 * What Parallax marked, in the student's terms: one item per thing a student could find. A
 * name spelled differently is one item however many times it occurs; a quotation is one item
 * with its places in every source that carries it.
 */
export interface ExpectedItem {
  readonly id: string;
  readonly kind: TagKind;
  /** Every place a tag can point at to find it, first the one to show. */
  readonly places: readonly Passage[];
  /** The words, as a list shows them. */
  readonly title: string;
  /** Parallax's one-sentence explanation. */
  readonly detail: string;
  /**
   * Whether not finding it counts as missed. A loaded word inside a quotation is the speaker's,
   * not the outlet's framing: finding it is a find, overlooking it is not a miss.
   */
  readonly counts: boolean;
}

function framingItem(
  index: ComparisonIndex,
  mark: Extract<Mark, { kind: "framing" }>,
): ExpectedItem {
  const place = passageOf(mark.source, mark);
  const name = index.sourceName(mark.source);
  const voice =
    mark.framing.voice === "narrator"
      ? `In ${name}’s own voice.`
      : `Inside a quotation in ${name}: the speaker's word, not the outlet's.`;
  return {
    id: mark.id,
    kind: kindOfCategory(mark.framing.category),
    places: [place],
    title: passageWords(index, place),
    detail: `${tidy(mark.framing.note)} ${voice}`,
    counts: mark.framing.voice === "narrator",
  };
}

function quoteItem(index: ComparisonIndex, mark: QuoteMark): ExpectedItem | undefined {
  const kind: TagKind | undefined =
    mark.layer === "quote-shared"
      ? "same-quote"
      : mark.layer === "quote-paraphrased"
        ? "paraphrase"
        : undefined;
  if (!kind) return undefined;
  const own = passageOf(mark.source, mark);
  const wanted = (c: (typeof mark.counterparts)[number]) =>
    kind === "paraphrase" ? c.kind === "paraphrase" : c.kind !== "paraphrase";
  const elsewhere = mark.counterparts.filter(wanted).flatMap((c) => {
    const span = c.span ?? (c.sentence ? index.sentence(c.sentence)?.sentence : undefined);
    return span ? [passageOf(c.source, span)] : [];
  });
  const name = index.sourceName(mark.source);
  const carriers = joinNames([...new Set(elsewhere.map((p) => index.sourceName(p.source)))]);
  const speaker = mark.quote.speaker ? ` ${tidy(mark.quote.speaker)}` : "";
  return {
    id: mark.id,
    kind,
    places: [own, ...elsewhere],
    title: passageExcerpt(index, own, 120),
    detail:
      kind === "same-quote"
        ? `${name} quotes${speaker || " these words"}; ${carriers} ${elsewhere.length > 1 ? "print" : "prints"} the same words.`
        : `${name} quotes${speaker || " these words"} directly; ${carriers} ${elsewhere.length > 1 ? "give" : "gives"} the point only in ${elsewhere.length > 1 ? "their" : "its"} own words.`,
    counts: true,
  };
}

function variantItems(index: ComparisonIndex): ExpectedItem[] {
  return index.comparison.variants.flatMap((group) => {
    const places = group.forms.flatMap((form) =>
      form.spans.map((span) => passageOf(form.source, span)),
    );
    const sources = [...new Set(group.forms.map((f) => f.source))];
    if (sources.length < 2) return [];
    const bySource = sources.map((id) => {
      const form = group.forms
        .filter((f) => f.source === id)
        .toSorted((a, b) => b.text.length - a.text.length)[0];
      return { name: index.sourceName(id), text: tidy(form?.text ?? "") };
    });
    return [
      {
        id: `v-${group.id}`,
        kind: "name" as const,
        places,
        title: [...new Set(bySource.map((f) => f.text))].join(" / "),
        detail: `${joinNames(bySource.map((f) => `${f.name} writes ${f.text}`))}: ${VARIANT_KIND_PHRASE[group.kind]}.`,
        counts: true,
      },
    ];
  });
}

function uniqueItems(index: ComparisonIndex): ExpectedItem[] {
  return index.sources.flatMap((source) =>
    source.sentences
      .filter((sentence) => index.isUnique(sentence.id))
      .map((sentence) => {
        const place = passageOf(source.id, sentence);
        return {
          id: `unique-${sentence.id}`,
          kind: "only-here" as const,
          places: [place],
          title: passageExcerpt(index, place, 120),
          detail: `Only ${source.name} reports this: Parallax found nothing like it in the other reports.`,
          counts: true,
        };
      }),
  );
}

/** Everything Parallax marked of the kinds in `focus`: by kind, then in reading order. */
export function expectedItems(
  index: ComparisonIndex,
  marks: readonly Mark[],
  focus: Iterable<TagKind>,
): readonly ExpectedItem[] {
  const wanted = new Set(focus);
  const items: ExpectedItem[] = [];
  for (const mark of marks) {
    if (mark.kind === "framing") items.push(framingItem(index, mark));
    else if (mark.kind === "quote") {
      const item = quoteItem(index, mark);
      if (item) items.push(item);
    }
  }
  items.push(...variantItems(index), ...uniqueItems(index));
  const kindOrder = TAG_KINDS.map((k) => k.id);
  const rank = (item: ExpectedItem): [number, number, number] => {
    const first = item.places[0];
    return [
      kindOrder.indexOf(item.kind),
      first ? index.column(first.source) : 0,
      first?.start ?? 0,
    ];
  };
  return items
    .filter((item) => wanted.has(item.kind))
    .map((item) => ({ ...item, places: item.places.filter((p) => isPassageInBounds(index, p)) }))
    .filter((item) => item.places.length > 0)
    .toSorted((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
}

/** The kinds Parallax found at least one counting item of: what a default lesson asks about. */
export function kindsFound(items: readonly ExpectedItem[]): ReadonlySet<TagKind> {
  return new Set(items.filter((item) => item.counts).map((item) => item.kind));
}
