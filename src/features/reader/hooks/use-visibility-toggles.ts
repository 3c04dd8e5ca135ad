import { useCallback, useMemo, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { FramingCategory } from "../../../analysis/types.ts";
import { LAYERS, type LayerId, type Visibility } from "../../../comparison/layers.ts";
import type { ShortcutMap } from "../../../ui/use-shortcuts.ts";
import type { ReaderHandle } from "./use-reader-handle.ts";

/** Switches for what the reader shows, for the legend and the keys. */
export interface VisibilityToggles {
  readonly toggleLayer: (layer: LayerId) => void;
  readonly toggleCategory: (category: FramingCategory) => void;
  readonly toggleRemoved: () => void;
}

/** The toggles over a visibility the page owns (so a link can carry it). */
export function useVisibilityToggles(
  setVisibility: Dispatch<SetStateAction<Visibility>>,
): VisibilityToggles {
  const toggleLayer = useCallback(
    (layer: LayerId) => {
      setVisibility((v) => ({ ...v, layers: { ...v.layers, [layer]: !v.layers[layer] } }));
    },
    [setVisibility],
  );
  const toggleCategory = useCallback(
    (category: FramingCategory) => {
      setVisibility((v) => ({
        ...v,
        framing: { ...v.framing, [category]: !v.framing[category] },
      }));
    },
    [setVisibility],
  );
  const toggleRemoved = useCallback(
    () => setVisibility((v) => ({ ...v, removed: !v.removed })),
    [setVisibility],
  );
  return useMemo(
    () => ({ toggleLayer, toggleCategory, toggleRemoved }),
    [toggleLayer, toggleCategory, toggleRemoved],
  );
}

/** The reader's keys: J/K step, H/L go across, R shows removed text, 1–6 toggle the layers. */
export function useReaderShortcuts(
  readerRef: RefObject<ReaderHandle | null>,
  { toggleLayer, toggleRemoved }: VisibilityToggles,
): ShortcutMap {
  return useMemo<ShortcutMap>(
    () => ({
      j: () => readerRef.current?.step(1),
      k: () => readerRef.current?.step(-1),
      l: () => readerRef.current?.across(1),
      h: () => readerRef.current?.across(-1),
      r: toggleRemoved,
      ...Object.fromEntries(LAYERS.map((layer) => [layer.key, () => toggleLayer(layer.id)])),
    }),
    [readerRef, toggleLayer, toggleRemoved],
  );
}
