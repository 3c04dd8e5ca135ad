import type { FramingCategory } from "../../../analysis/types.ts";
import type { LayerId } from "../../../comparison/layers.ts";
import type { GlossaryTermId } from "./glossary.ts";

/** What a student can say a passage is. */
export type TagKind =
  "loaded" | "attribution" | "hedge" | "name" | "same-quote" | "paraphrase" | "only-here";

export interface TagKindInfo {
  readonly id: TagKind;
  /** As a student picks it: "Loaded word". */
  readonly label: string;
  /** One line on what to look for. */
  readonly hint: string;
  /**
   * Printed beside the tag everywhere it is listed, so kinds differ without colour (and on a
   * greyscale print). Plain characters every system font has.
   */
  readonly glyph: string;
  /** How the tag is drawn on the text: its line, named for the legend and screen readers. */
  readonly line: string;
  /** The reader layer that holds Parallax's marks of this kind. */
  readonly layer: LayerId;
  /** For framing words: the engine's categories this kind covers. */
  readonly categories: readonly FramingCategory[];
  /** Whether a tag points at a few words (checked closely) or at a whole sentence or quotation. */
  readonly scale: "words" | "passage";
  readonly term: GlossaryTermId;
}

/** Every kind, in the order a student meets them: framing words, names, quotations, content. */
export const TAG_KINDS: readonly [TagKindInfo, ...TagKindInfo[]] = [
  {
    id: "loaded",
    label: "Loaded word",
    hint: "A word that judges or colours what it describes.",
    glyph: "!",
    line: "wavy underline",
    layer: "framing",
    categories: ["loaded", "label", "intensifier", "other"],
    scale: "words",
    term: "loaded-word",
  },
  {
    id: "attribution",
    label: "Attribution verb",
    hint: "How the report says someone spoke: said, claimed, admitted…",
    glyph: "»",
    line: "double underline",
    layer: "framing",
    categories: ["attribution"],
    scale: "words",
    term: "attribution-verb",
  },
  {
    id: "hedge",
    label: "Hedge",
    hint: "A word that keeps the writer from vouching for a claim.",
    glyph: "?",
    line: "dotted underline",
    layer: "framing",
    categories: ["hedge"],
    scale: "words",
    term: "hedge",
  },
  {
    id: "name",
    label: "Name spelled differently",
    hint: "A name or term another report writes another way.",
    glyph: "≠",
    line: "dashed underline",
    layer: "variant",
    categories: [],
    scale: "words",
    term: "transliteration",
  },
  {
    id: "same-quote",
    label: "Same quote",
    hint: "Words in quotation marks that another report prints too.",
    glyph: "“”",
    line: "solid underline",
    layer: "quote-shared",
    categories: [],
    scale: "passage",
    term: "direct-quotation",
  },
  {
    id: "paraphrase",
    label: "Paraphrased quote",
    hint: "A quotation in one report that another gives in its own words.",
    glyph: "≈",
    line: "line above",
    layer: "quote-paraphrased",
    categories: [],
    scale: "passage",
    term: "paraphrase",
  },
  {
    id: "only-here",
    label: "Only in this report",
    hint: "Something no other report tells you.",
    glyph: "◆",
    line: "lines above and below",
    layer: "unique",
    categories: [],
    scale: "passage",
    term: "omission",
  },
];

const BY_ID = new Map(TAG_KINDS.map((info) => [info.id, info]));

export function tagKindInfo(kind: TagKind): TagKindInfo {
  return BY_ID.get(kind) ?? TAG_KINDS[0];
}

export function isTagKind(value: string): value is TagKind {
  return BY_ID.has(value as TagKind);
}

/** The kinds in `TAG_KINDS` order, each once. */
export function orderKinds(kinds: Iterable<TagKind>): readonly TagKind[] {
  const set = new Set(kinds);
  return TAG_KINDS.filter((info) => set.has(info.id)).map((info) => info.id);
}

/** The student's kind for one of Parallax's framing categories. */
export function kindOfCategory(category: FramingCategory): TagKind {
  return TAG_KINDS.find((info) => info.categories.includes(category))?.id ?? "loaded";
}
