import { useEffect, useRef } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { OpenExplanation } from "../components/reader-actions.ts";
import type { Reveal } from "./use-reveal.ts";

/**
 * A link's selection comes back once, after the columns are on screen: a sentence is focused, a
 * mark is focused and explained. Ids that do not exist are ignored.
 */
export function useInitialSelection({
  index,
  marksById,
  initialSelected,
  reveal,
  explain,
  select,
}: {
  readonly index: ComparisonIndex;
  readonly marksById: ReadonlyMap<string, Mark>;
  readonly initialSelected: string | undefined;
  readonly reveal: Reveal["reveal"];
  readonly explain: (open: OpenExplanation) => void;
  readonly select: (id: string) => void;
}): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || initialSelected === undefined) return;
    restored.current = true;
    if (index.sentence(initialSelected)) {
      reveal({ sentenceId: initialSelected, span: undefined }, true);
      return;
    }
    const mark = marksById.get(initialSelected);
    const sentenceId = mark ? index.sentenceAt(mark.source, mark.start)?.id : undefined;
    if (!mark || !sentenceId) return;
    reveal({ sentenceId, span: mark }, true, (el) => {
      if (!el.classList.contains("mark-cluster")) {
        select(sentenceId); // its layer is off: the sentence will do
        return;
      }
      const markIds = [
        ...new Set(
          [...el.querySelectorAll<HTMLElement>("[data-mark-id]")].map((m) => m.dataset["markId"]),
        ),
      ].filter((id) => id !== undefined);
      explain({ kind: "marks", markIds, preferredId: mark.id, anchor: el });
    });
  }, [index, marksById, initialSelected, reveal, explain, select]);
}
