import type { ReactNode } from "react";

interface DialogHeaderProps {
  /** The heading's id, which the dialog names itself by (`aria-labelledby`). */
  readonly id: string;
  readonly children: ReactNode;
  readonly onClose: () => void;
  /** Spacing and borders of the row, which differ by dialog. */
  readonly className?: string;
}

/** A dialog's title row: its heading and a Close button that names the Esc key. */
export function DialogHeader({ id, children, onClose, className = "mb-3" }: DialogHeaderProps) {
  return (
    <div className={`flex items-baseline justify-between gap-4 ${className}`}>
      <h2 id={id} className="text-base font-semibold">
        {children}
      </h2>
      <button
        type="button"
        onClick={onClose}
        className="rounded-md px-2 py-1 text-xs font-semibold text-muted hover:bg-ink/5 hover:text-ink"
      >
        Close <span aria-hidden="true">· Esc</span>
      </button>
    </div>
  );
}
