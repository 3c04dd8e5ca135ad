import { useEffect, useState, type RefObject } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { selectionPassage, type SelectionState } from "../dom/selection.ts";

/** Same passage, same problem: no re-render while a drag moves inside one word. */
function same(a: SelectionState | undefined, b: SelectionState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind === "problem") return b.kind === "problem" && a.message === b.message;
  if (b.kind === "problem") return false;
  return (
    a.passage.source === b.passage.source &&
    a.passage.start === b.passage.start &&
    a.passage.end === b.passage.end
  );
}

/**
 * What the student has selected in the reader, as a passage of one report (snapped to words),
 * followed as the selection changes: by mouse, by touch, or by keyboard (caret browsing).
 */
export function useReaderSelection(
  rootRef: RefObject<HTMLElement | null>,
  index: ComparisonIndex,
  enabled: boolean,
): SelectionState | undefined {
  const [state, setState] = useState<SelectionState | undefined>();
  // Switched off, the selection is forgotten (during render, not in an effect: no stale frame).
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (enabled !== wasEnabled) {
    setWasEnabled(enabled);
    if (!enabled) setState(undefined);
  }
  useEffect(() => {
    if (!enabled) return undefined;
    let frame = 0;
    const onChange = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = rootRef.current;
        const next = root ? selectionPassage(root, index, document.getSelection()) : undefined;
        setState((previous) => (same(previous, next) ? previous : next));
      });
    };
    document.addEventListener("selectionchange", onChange);
    return () => {
      document.removeEventListener("selectionchange", onChange);
      cancelAnimationFrame(frame);
    };
  }, [rootRef, index, enabled]);
  return state;
}
