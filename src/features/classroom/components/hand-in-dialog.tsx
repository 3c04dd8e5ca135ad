import { useId } from "react";
import { ModalDialog } from "../../../ui/modal-dialog.tsx";
import { CopyLink } from "./copy-link.tsx";
import { BUTTON, FIELD } from "./styles.ts";
import { DialogHeader } from "../../../ui/dialog-header.tsx";

interface HandInDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly student: string;
  readonly onStudent: (name: string) => void;
  /** The hand-in link, made when asked. */
  readonly makeUrl: () => string | undefined;
  readonly warnChars: number;
  readonly onPrint: () => void;
  readonly tagCount: number;
  readonly answerCount: number;
  readonly questionCount: number;
}

/** Handing in: a name, then a link that carries the work, or a printed or PDF worksheet. */
export function HandInDialog({
  open,
  onClose,
  student,
  onStudent,
  makeUrl,
  warnChars,
  onPrint,
  tagCount,
  answerCount,
  questionCount,
}: HandInDialogProps) {
  const headingId = useId();
  const nameId = useId();
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      labelledBy={headingId}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[min(34rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-rule bg-panel p-6 text-ink shadow-2xl backdrop:bg-black/30"
    >
      <DialogHeader id={headingId} onClose={onClose}>
        Hand in your work
      </DialogHeader>
      <p className="text-sm leading-relaxed text-ink">
        {tagCount} tag{tagCount === 1 ? "" : "s"} and {answerCount} of {questionCount} answer
        {questionCount === 1 ? "" : "s"}. The link below carries all of it, with your notes: send it
        to your teacher by e-mail, a message or your class's learning platform. Nothing is uploaded;
        whoever opens the link sees your reading.
      </p>
      <label htmlFor={nameId} className="mt-4 block text-sm font-semibold">
        Your name
      </label>
      <input
        id={nameId}
        value={student}
        onChange={(event) => onStudent(event.target.value)}
        maxLength={100}
        autoComplete="name"
        className={`${FIELD} mt-1`}
        data-student-name=""
      />
      <div className="mt-4">
        <CopyLink
          makeUrl={makeUrl}
          label="Copy hand-in link"
          warnChars={warnChars}
          unavailable="These reports are too long to travel in a link: print the worksheet or save it as a PDF instead."
          data-copy="hand-in"
        />
      </div>
      <div className="mt-2 border-t border-rule pt-4">
        <p className="text-sm text-muted">Or hand in on paper, or as a PDF:</p>
        <button type="button" className={`${BUTTON} mt-2`} onClick={onPrint}>
          Print or save as PDF
        </button>
      </div>
    </ModalDialog>
  );
}
