import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { OpenExplanation } from "../components/reader-actions.ts";

const NO_IDS: ReadonlySet<string> = new Set<string>();

/** The explanation open in the reader, and what the columns need to know of it. */
export interface ExplanationState {
  readonly open: OpenExplanation | null;
  /** Opens an explanation; closing it returns focus to its anchor. */
  readonly explain: (open: OpenExplanation) => void;
  /** Closes it, focus back on the anchor (unless the reader is leaving for another sentence). */
  readonly close: () => void;
  /** Closes it to go elsewhere: focus is not returned, and `then` runs after the dialog is gone. */
  readonly leave: (then: () => void) => void;
  /** Mark ids of the open explanation, to set `aria-expanded`. */
  readonly openMarkIds: ReadonlySet<string> | undefined;
  /** The sentences holding the open marks (or the open sentence): they show it, and stay rendered. */
  readonly openSentenceIds: ReadonlySet<string>;
}

export function useExplanation(
  index: ComparisonIndex,
  marksById: ReadonlyMap<string, Mark>,
): ExplanationState {
  const [open, setOpen] = useState<OpenExplanation | null>(null);
  const restoreFocus = useRef(true);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const explain = useCallback((next: OpenExplanation) => {
    restoreFocus.current = true;
    setOpen(next);
  }, []);

  const close = useCallback(() => {
    const previous = openRef.current;
    setOpen(null);
    if (previous && restoreFocus.current && previous.anchor.isConnected) {
      previous.anchor.focus({ preventScroll: true });
    }
  }, []);

  const leave = useCallback((then: () => void) => {
    restoreFocus.current = false;
    setOpen(null);
    requestAnimationFrame(then);
  }, []);

  const openMarkIds = useMemo(
    () => (open?.kind === "marks" ? new Set(open.markIds) : undefined),
    [open],
  );
  const openSentenceIds = useMemo((): ReadonlySet<string> => {
    if (!open) return NO_IDS;
    if (open.kind === "sentence") return new Set([open.sentenceId]);
    return new Set(
      open.markIds.flatMap((id) => {
        const mark = marksById.get(id);
        return mark ? index.sentencesOverlapping(mark.source, mark).map((s) => s.id) : [];
      }),
    );
  }, [open, marksById, index]);

  return { open, explain, close, leave, openMarkIds, openSentenceIds };
}
