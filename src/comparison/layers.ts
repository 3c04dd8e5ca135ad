import type { FramingCategory } from "../analysis/types.ts";

/** The switchable layers of marks, in legend order. */
export type LayerId =
  "quote-shared" | "quote-paraphrased" | "variant" | "framing" | "fact" | "unique";

export interface LayerInfo {
  readonly id: LayerId;
  readonly label: string;
  /** The legend's one-sentence explanation. */
  readonly description: string;
  /** Keyboard shortcut that toggles it. */
  readonly key: string;
}

export const LAYERS: readonly LayerInfo[] = [
  {
    id: "quote-shared",
    label: "Shared quotes",
    description: "Words in quotation marks that another source prints too.",
    key: "1",
  },
  {
    id: "quote-paraphrased",
    label: "Paraphrased quotes",
    description: "A direct quote in one source that another gives only in its own words.",
    key: "2",
  },
  {
    id: "variant",
    label: "Name variants",
    description: "One name or term written differently across sources.",
    key: "3",
  },
  {
    id: "framing",
    label: "Framing words",
    description:
      "Word choices that colour the story: how speech is attributed, loaded terms, hedges.",
    key: "4",
  },
  {
    id: "fact",
    label: "Facts that differ",
    description: "A number, date or amount that another source states differently.",
    key: "6",
  },
  {
    id: "unique",
    label: "Unique content",
    description: "What only one source reports.",
    key: "5",
  },
];

export interface FramingCategoryInfo {
  readonly id: FramingCategory;
  readonly label: string;
  /** Heading of an explanation for one word of this category. */
  readonly singular: string;
  /** A one-character glyph shown beside the word, so categories differ without colour. */
  readonly glyph: string;
}

const OTHER_CATEGORY: FramingCategoryInfo = {
  id: "other",
  label: "Other",
  singular: "Framing word",
  glyph: "*",
};

export const FRAMING_CATEGORIES: readonly FramingCategoryInfo[] = [
  { id: "attribution", label: "Attribution", singular: "Attribution verb", glyph: "»" },
  { id: "loaded", label: "Loaded", singular: "Loaded word", glyph: "!" },
  { id: "hedge", label: "Hedge", singular: "Hedge", glyph: "?" },
  { id: "label", label: "Label", singular: "Label", glyph: "#" },
  { id: "intensifier", label: "Intensifier", singular: "Intensifier", glyph: "+" },
  OTHER_CATEGORY,
];

export function framingCategoryInfo(category: FramingCategory): FramingCategoryInfo {
  return FRAMING_CATEGORIES.find((info) => info.id === category) ?? OTHER_CATEGORY;
}

/** What the reader has switched on. */
export interface Visibility {
  readonly layers: Readonly<Record<LayerId, boolean>>;
  readonly framing: Readonly<Record<FramingCategory, boolean>>;
  /** Show the removed page chrome in place, with its reasons. */
  readonly removed: boolean;
}

export const DEFAULT_VISIBILITY: Visibility = {
  layers: {
    "quote-shared": true,
    "quote-paraphrased": true,
    variant: true,
    framing: true,
    fact: true,
    unique: true,
  },
  framing: {
    attribution: true,
    loaded: true,
    hedge: true,
    label: true,
    intensifier: true,
    other: true,
  },
  removed: false,
};
