import { useCallback, useImperativeHandle, type Ref } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { GoToTarget } from "../components/explanation-dialog.tsx";
import { partnerAcross, stepSentence } from "../model/navigation.ts";

/** What the page (keyboard shortcuts, summary links) can ask of the reader. */
export interface ReaderHandle {
  goTo(target: GoToTarget): void;
  /** Next (1) or previous (-1) aligned sentence in the current column. */
  step(direction: 1 | -1): void;
  /** To a partner in the column to the right (1) or left (-1). */
  across(direction: 1 | -1): void;
}

/** Gives the page its handle: moves start from the focused sentence, else the last one focused. */
export function useReaderHandle(
  ref: Ref<ReaderHandle> | undefined,
  index: ComparisonIndex,
  goTo: (target: GoToTarget) => void,
  focusedId: string | undefined,
): void {
  const current = useCallback((): string | undefined => {
    const el = document.activeElement?.closest<HTMLElement>("[data-sentence-id]");
    return el?.dataset["sentenceId"] ?? focusedId;
  }, [focusedId]);

  useImperativeHandle(
    ref,
    () => ({
      goTo,
      step(direction) {
        const next = stepSentence(index, current(), direction);
        if (next) goTo({ sentenceId: next, span: undefined });
      },
      across(direction) {
        const from = current();
        const next = from
          ? partnerAcross(index, from, direction)
          : stepSentence(index, undefined, 1);
        if (next) goTo({ sentenceId: next, span: undefined });
      },
    }),
    [goTo, index, current],
  );
}
