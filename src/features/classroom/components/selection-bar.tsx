import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { SelectionState } from "../dom/selection.ts";
import { passageExcerpt } from "../model/passages.ts";
import { Kbd } from "../../../ui/kbd.tsx";

interface SelectionBarProps {
  readonly index: ComparisonIndex;
  readonly selection: SelectionState | undefined;
  readonly onTag: () => void;
}

/**
 * Appears at the foot of the screen while words are selected in a report: what will be tagged,
 * and the button to tag it (the same as pressing T). Fixed, so it works the same after a drag,
 * a long press on a phone, or keyboard selection.
 */
export function SelectionBar({ index, selection, onTag }: SelectionBarProps) {
  if (!selection) return null;
  return (
    <div
      role="region"
      aria-label="Selected words"
      className="fixed inset-x-3 bottom-3 z-40 mx-auto flex max-w-xl items-center gap-3 rounded-xl border border-rule bg-panel px-4 py-2.5 text-sm text-ink shadow-xl shadow-black/15 print:hidden"
      data-selection-bar=""
    >
      {selection.kind === "problem" ? (
        <p className="flex-1">{selection.message}</p>
      ) : (
        <>
          <p className="min-w-0 flex-1 truncate">
            <span className="text-muted">{index.sourceName(selection.passage.source)}: </span>
            <span className="font-reading">“{passageExcerpt(index, selection.passage, 90)}”</span>
          </p>
          <button
            type="button"
            // Keep the selection: a press on the button must not clear it first.
            onPointerDown={(event) => event.preventDefault()}
            onClick={onTag}
            className="inline-flex shrink-0 items-center gap-2 rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:opacity-90"
            data-tag-selection=""
          >
            Tag…
            <span className="hidden sm:inline" aria-hidden="true">
              <Kbd>T</Kbd>
            </span>
          </button>
        </>
      )}
    </div>
  );
}
