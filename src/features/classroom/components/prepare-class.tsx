import { lazy, Suspense, useId, useState } from "react";
import type { Comparison, SourceInput } from "../../../analysis/types.ts";
import type { SharedLesson } from "../../../share/link.ts";
import { ModalDialog } from "../../../ui/modal-dialog.tsx";
import type { LocalStore } from "../../../ui/local-store.ts";

/** The form and the question generator load when a teacher first opens the dialog. */
const PrepareForm = lazy(() =>
  import("./prepare-form.tsx").then((m) => ({ default: m.PrepareForm })),
);

export interface PrepareClassProps {
  /** The analysis, once it is ready; the button waits for it. */
  readonly comparison: Comparison | undefined;
  readonly title: string;
  readonly inputs: readonly SourceInput[];
  readonly local: LocalStore;
  /** The class link for a lesson, or undefined when the reports are too long for a link. */
  readonly makeClassUrl: (lesson: SharedLesson) => string | undefined;
  readonly warnChars: number;
  readonly buttonClassName: string;
}

/**
 * "Prepare for class": the teacher chooses what students look for, edits the questions Parallax
 * wrote from this comparison, writes instructions, and copies a class link. The unfinished
 * lesson is kept on this device; the link carries the finished one, so no server keeps either.
 */
export function PrepareClass({ comparison, buttonClassName, ...props }: PrepareClassProps) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        disabled={!comparison}
        onClick={() => setOpen(true)}
        data-prepare-class=""
      >
        Prepare for class
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        labelledBy={headingId}
        className="m-auto h-[calc(100dvh-1.5rem)] max-h-none w-[min(50rem,calc(100vw-1.5rem))] max-w-none overflow-hidden rounded-xl border border-rule bg-panel p-0 text-ink shadow-2xl backdrop:bg-black/30 max-sm:h-dvh max-sm:w-screen max-sm:rounded-none"
      >
        {open && comparison ? (
          <Suspense fallback={<p className="p-6 text-sm text-muted">Preparing the lesson…</p>}>
            <PrepareForm
              {...props}
              comparison={comparison}
              headingId={headingId}
              onClose={() => setOpen(false)}
            />
          </Suspense>
        ) : null}
      </ModalDialog>
    </>
  );
}
