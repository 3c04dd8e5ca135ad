import { useLayoutEffect, useRef, type CSSProperties, type ReactNode, type RefObject } from "react";

interface ModalDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Id of the element that names the dialog. */
  readonly labelledBy: string;
  readonly className?: string | undefined;
  readonly style?: CSSProperties | undefined;
  readonly children: ReactNode;
  readonly dialogRef?: RefObject<HTMLDialogElement | null>;
}

/**
 * A native modal `<dialog>`: the browser traps focus, closes on Escape and renders it in the
 * top layer. A click on the backdrop closes it too.
 */
export function ModalDialog({
  open,
  onClose,
  labelledBy,
  className,
  style,
  children,
  dialogRef,
}: ModalDialogProps) {
  const ownRef = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? ownRef;

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open, ref]);

  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions -- a backdrop click; Escape, handled by the native dialog, is its keyboard twin
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={className}
      style={style}
      onClose={onClose}
      onClick={(event) => {
        // The dialog element itself is only the target when the backdrop was clicked.
        if (event.target === event.currentTarget) {
          const box = event.currentTarget.getBoundingClientRect();
          const inside =
            event.clientX >= box.left &&
            event.clientX <= box.right &&
            event.clientY >= box.top &&
            event.clientY <= box.bottom;
          if (!inside) event.currentTarget.close();
        }
      }}
    >
      {children}
    </dialog>
  );
}
