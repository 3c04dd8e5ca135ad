import { useCallback, useState, type RefObject } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { TagTarget } from "../components/tag-dialog.tsx";
import { caretAt } from "../dom/caret.ts";
import { offsetAtPoint } from "../dom/selection.ts";
import type { StudentWork } from "../model/types.ts";
import { tagsAt } from "../model/work.ts";
import type { SelectionState } from "../dom/selection.ts";
import { useReaderSelection } from "./use-reader-selection.ts";

/** How a student starts a tag (a selection, a sentence, a key) and which tag dialog is open. */
export interface Tagging {
  /** What the tag dialog is open on, if anything. */
  readonly target: TagTarget | null;
  readonly setTarget: (target: TagTarget | null) => void;
  /** The student's selection in the reports, while tagging is on. */
  readonly selection: SelectionState | undefined;
  /** Opens a new tag on the selected passage. */
  readonly tagSelection: () => void;
  /** Opens a new tag on a whole sentence, with its words to choose from (Enter on it). */
  readonly tagSentence: (sentenceId: string) => void;
  /** T: tags the selection, else the focused sentence; false when there is neither. */
  readonly tagKey: () => boolean;
  /** A click on tagged text opens that tag (a click that ends a selection does not). */
  readonly onTextClick: (event: MouseEvent) => void;
}

export function useTagging({
  rootRef,
  index,
  plain,
  work,
  enabled,
}: {
  /** Wraps the reader: selections are read from it, focused sentences looked up in it. */
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly index: ComparisonIndex;
  /** The reports as printed while tagging (no findings): selections map through it. */
  readonly plain: ComparisonIndex;
  readonly work: StudentWork;
  readonly enabled: boolean;
}): Tagging {
  const [target, setTarget] = useState<TagTarget | null>(null);
  const selection = useReaderSelection(rootRef, plain, enabled);

  const tagSelection = useCallback(() => {
    if (selection?.kind === "passage") {
      setTarget({ kind: "new", passage: selection.passage, chooseWords: false });
    }
  }, [selection]);

  const tagSentence = useCallback(
    (sentenceId: string) => {
      const located = index.sentence(sentenceId);
      if (!located) return;
      setTarget({
        kind: "new",
        passage: {
          source: located.source.id,
          start: located.sentence.start,
          end: located.sentence.end,
        },
        chooseWords: true,
      });
    },
    [index],
  );

  const tagKey = useCallback((): boolean => {
    if (selection?.kind === "passage") {
      setTarget({ kind: "new", passage: selection.passage, chooseWords: false });
      return true;
    }
    const focused = document.activeElement?.closest<HTMLElement>("[data-sentence-id]");
    const id =
      focused && rootRef.current?.contains(focused) ? focused.dataset["sentenceId"] : undefined;
    if (!id) return false;
    tagSentence(id);
    return true;
  }, [selection, tagSentence, rootRef]);

  const onTextClick = useCallback(
    (event: MouseEvent) => {
      const root = rootRef.current;
      if (!root || !document.getSelection()?.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const at = caret ? offsetAtPoint(root, plain, caret.node, caret.offset) : undefined;
      const tag = at ? tagsAt(work, at.source, at.offset)[0] : undefined;
      if (tag) setTarget({ kind: "edit", tag });
    },
    [plain, work, rootRef],
  );

  return { target, setTarget, selection, tagSelection, tagSentence, tagKey, onTextClick };
}
