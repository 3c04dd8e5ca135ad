import { useId, useLayoutEffect, useRef, useState, type CSSProperties } from "react";
import type { Span } from "../../../analysis/types.ts";
import { ModalDialog } from "../../../ui/modal-dialog.tsx";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { explainMark, explainUnique } from "../../../comparison/explain-mark.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { DiffAtom } from "../model/word-diff.ts";
import { AlignmentCard } from "./alignment-card.tsx";
import { ExplanationCard } from "./explanation-card.tsx";
import type { OpenExplanation } from "./reader-actions.ts";

export interface GoToTarget {
  readonly sentenceId: string;
  readonly span: Span | undefined;
}

interface ExplanationDialogProps {
  readonly open: OpenExplanation | null;
  readonly index: ComparisonIndex;
  readonly marksById: ReadonlyMap<string, Mark>;
  readonly atoms: ReadonlyMap<string, readonly DiffAtom[]>;
  readonly wide: boolean;
  readonly onClose: () => void;
  readonly onGoTo: (target: GoToTarget) => void;
}

const MARGIN_PX = 12;

/** Places the card under its anchor (or above, when there is no room), inside the viewport. */
function placeNear(anchor: HTMLElement, dialog: HTMLElement): CSSProperties {
  const a = anchor.getBoundingClientRect();
  const width = dialog.offsetWidth;
  const height = dialog.offsetHeight;
  const left = Math.min(Math.max(MARGIN_PX, a.left), window.innerWidth - width - MARGIN_PX);
  let top = a.bottom + 8;
  if (top + height > window.innerHeight - MARGIN_PX) top = a.top - height - 8;
  top = Math.max(MARGIN_PX, top);
  return { left, top };
}

/**
 * The explanation of whatever the reader activated: every mark of a cluster (the one under the
 * pointer first), a sentence no one else reports, or an aligned sentence with its partners.
 * Anchored beside the text on wide screens, a bottom sheet on phones.
 */
export function ExplanationDialog({
  open,
  index,
  marksById,
  atoms,
  wide,
  onClose,
  onGoTo,
}: ExplanationDialogProps) {
  const headingId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [position, setPosition] = useState<CSSProperties>({});

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || !wide) return;
    setPosition(placeNear(open.anchor, dialog));
  }, [open, wide]);

  let body = null;
  if (open?.kind === "marks") {
    const ordered = [
      ...open.markIds.filter((id) => id === open.preferredId),
      ...open.markIds.filter((id) => id !== open.preferredId),
    ];
    body = ordered.map((id, k) => {
      const mark = marksById.get(id);
      if (!mark) return null;
      return (
        <div key={id} className={k > 0 ? "mt-5 border-t border-rule pt-5" : undefined}>
          <ExplanationCard
            explanation={explainMark(index, mark)}
            category={mark.kind === "framing" ? mark.framing.category : undefined}
            headingId={k === 0 ? headingId : undefined}
            onGoTo={onGoTo}
          />
        </div>
      );
    });
  } else if (open?.kind === "sentence") {
    body = index.isUnique(open.sentenceId) ? (
      <ExplanationCard
        explanation={explainUnique(index, open.sentenceId)}
        category={undefined}
        headingId={headingId}
        onGoTo={onGoTo}
      />
    ) : (
      <AlignmentCard
        index={index}
        atoms={atoms}
        sentenceId={open.sentenceId}
        headingId={headingId}
        onGoTo={onGoTo}
      />
    );
  }

  const wideCard =
    open?.kind === "sentence" && !index.isUnique(open.sentenceId)
      ? "w-[min(44rem,calc(100vw-1.5rem))]"
      : "w-[min(27rem,calc(100vw-1.5rem))]";
  return (
    <ModalDialog
      open={open !== null}
      onClose={onClose}
      labelledBy={headingId}
      dialogRef={dialogRef}
      style={wide ? { ...position, margin: 0 } : undefined}
      className={
        wide
          ? `${wideCard} max-h-[calc(100dvh-1.5rem)] overflow-y-auto rounded-xl border border-rule bg-panel p-5 pt-4 text-ink shadow-xl shadow-black/10 backdrop:bg-transparent`
          : "mx-0 mt-auto mb-0 max-h-[75dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-t border-rule bg-panel p-5 pt-4 pb-8 text-ink shadow-2xl backdrop:bg-black/25"
      }
    >
      <button
        type="button"
        onClick={onClose}
        className="absolute top-3 right-3 rounded-md px-2 py-1 text-xs font-semibold text-muted hover:bg-ink/5 hover:text-ink"
      >
        Close <span aria-hidden="true">· Esc</span>
      </button>
      {body}
    </ModalDialog>
  );
}
