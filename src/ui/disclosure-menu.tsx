import { useEffect, useId, useRef, useState, type ReactNode } from "react";

interface DisclosureMenuProps {
  /** The button's visible text. */
  readonly label: ReactNode;
  readonly buttonClassName: string;
  /** Which edge of the button the panel lines up with. */
  readonly align?: "start" | "end";
  readonly panelClassName?: string;
  /** The panel's content; `close` hides it (call it after an item does its work). */
  readonly children: (close: () => void) => ReactNode;
  readonly "data-menu"?: string;
}

/**
 * A button that shows a panel of actions or links under it: the disclosure pattern, not an
 * ARIA menu, so Tab moves through the items as anywhere else. Escape or a click outside closes it.
 */
export function DisclosureMenu({
  label,
  buttonClassName,
  align = "end",
  panelClassName = "w-72",
  children,
  "data-menu": dataMenu,
}: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative" data-menu={dataMenu}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={buttonClassName}
      >
        {label}
        <span aria-hidden="true" className="ml-1 text-[0.625rem]">
          ▾
        </span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        // On phones the panel spans the screen under its button (a fixed box with no top keeps
        // its place in the flow), so a button near either edge never pushes it off screen.
        className={`absolute top-full z-40 mt-1.5 rounded-xl border border-rule bg-panel p-2 text-ink shadow-xl shadow-black/10 max-sm:fixed max-sm:inset-x-3 max-sm:top-auto max-sm:w-auto ${align === "end" ? "right-0" : "left-0"} ${panelClassName}`}
      >
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}
