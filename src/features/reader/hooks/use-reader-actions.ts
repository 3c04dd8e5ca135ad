import { useMemo, type Dispatch, type RefObject, type SetStateAction } from "react";
import type { OpenExplanation, ReaderActions } from "../components/reader-actions.ts";

/**
 * What sentences and marks can ask of the reader, as one object for the reader's life (its
 * inputs are stable), so memoised sentences never re-render for it.
 */
export function useReaderActions({
  rootRef,
  hover,
  setFocusedId,
  explain,
  select,
}: {
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly hover: (sentenceId: string | undefined) => void;
  readonly setFocusedId: Dispatch<SetStateAction<string | undefined>>;
  readonly explain: (open: OpenExplanation) => void;
  /** Tells the page what is selected, for the URL. */
  readonly select: (id: string) => void;
}): ReaderActions {
  return useMemo<ReaderActions>(
    () => ({
      hover,
      focusChanged(sentenceId, focused, self) {
        if (focused) {
          setFocusedId(sentenceId);
          // Focus coming back to a mark after its explanation closes keeps the mark selected.
          if (self) select(sentenceId);
        } else
          setFocusedId((id) =>
            id === sentenceId && !rootRef.current?.contains(document.activeElement)
              ? undefined
              : id,
          );
      },
      explainMarks(markIds, preferredId, anchor) {
        explain({ kind: "marks", markIds, preferredId, anchor });
        const selected = preferredId ?? markIds[0];
        if (selected) select(selected);
      },
      explainSentence(sentenceId, anchor) {
        explain({ kind: "sentence", sentenceId, anchor });
        select(sentenceId);
      },
    }),
    [rootRef, hover, setFocusedId, explain, select],
  );
}
