import type { FramingCategory } from "../analysis/types.ts";
import {
  DEFAULT_VISIBILITY,
  FRAMING_CATEGORIES,
  LAYERS,
  type LayerId,
  type Visibility,
} from "../comparison/layers.ts";
import type { SharedView } from "../share/link.ts";

/** What the reader is looking at: the part of a page a link reopens. */
export interface ViewState {
  readonly visibility: Visibility;
  /** A sentence id ("A.3") or a mark id ("q-…", "v-…", "f-2"), as the reader reports it. */
  readonly selected: string | undefined;
  readonly mode: "read" | "class";
}

export const DEFAULT_VIEW: ViewState = {
  visibility: DEFAULT_VISIBILITY,
  selected: undefined,
  mode: "read",
};

/** Removed page text shown in place: carried as one more "layer" id. */
const REMOVED = "removed";
/** A framing category that is on while some other is off: `framing-loaded`. */
const CATEGORY_PREFIX = "framing-";

function allCategoriesOn(visibility: Visibility): boolean {
  return FRAMING_CATEGORIES.every((c) => visibility.framing[c.id]);
}

function isDefaultVisibility(visibility: Visibility): boolean {
  return (
    !visibility.removed &&
    LAYERS.every((l) => visibility.layers[l.id] === DEFAULT_VISIBILITY.layers[l.id]) &&
    allCategoriesOn(visibility)
  );
}

/**
 * The view as a link carries it, or undefined when it is the default (so the plainest page keeps
 * the shortest link). Layers list what is on; framing categories are listed only when some are
 * off, and a framing layer with every category off is carried as the layer off.
 */
export function toSharedView(view: ViewState): SharedView | undefined {
  const shared: { layers?: string[]; selected?: string; mode?: "class" } = {};
  const { visibility } = view;
  if (!isDefaultVisibility(visibility)) {
    const categoriesOn = FRAMING_CATEGORIES.filter((c) => visibility.framing[c.id]);
    const framingOn = visibility.layers.framing && categoriesOn.length > 0;
    const layers: string[] = LAYERS.filter((l) =>
      l.id === "framing" ? framingOn : visibility.layers[l.id],
    ).map((l) => l.id);
    if (framingOn && !allCategoriesOn(visibility)) {
      layers.push(...categoriesOn.map((c) => `${CATEGORY_PREFIX}${c.id}`));
    }
    if (visibility.removed) layers.push(REMOVED);
    shared.layers = layers;
  }
  if (view.selected !== undefined) shared.selected = view.selected;
  if (view.mode === "class") shared.mode = "class";
  return Object.keys(shared).length > 0 ? shared : undefined;
}

/** The view a link asks for. Ids this version does not know are ignored, never an error. */
export function fromSharedView(shared: SharedView | undefined): ViewState {
  if (!shared) return DEFAULT_VIEW;
  let visibility = DEFAULT_VISIBILITY;
  if (shared.layers) {
    const on = new Set(shared.layers);
    const listsCategories = shared.layers.some((id) => id.startsWith(CATEGORY_PREFIX));
    visibility = {
      layers: Object.fromEntries(LAYERS.map((l) => [l.id, on.has(l.id)])) as Record<
        LayerId,
        boolean
      >,
      framing: Object.fromEntries(
        FRAMING_CATEGORIES.map((c) => [
          c.id,
          !listsCategories || on.has(`${CATEGORY_PREFIX}${c.id}`),
        ]),
      ) as Record<FramingCategory, boolean>,
      removed: on.has(REMOVED),
    };
  }
  return { visibility, selected: shared.selected, mode: shared.mode ?? "read" };
}
