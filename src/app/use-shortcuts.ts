import { useEffect, useRef } from "react";

/** Keys mapped to handlers; a handler returning `false` lets the event through. */
export type ShortcutMap = Readonly<Record<string, () => void | false>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Single-key shortcuts on the whole page, ignored while typing, with a modifier held, or while
 * a modal dialog is open (the dialog owns the keyboard then).
 */
export function useShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  }, [shortcuts]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const handler = latest.current[event.key];
      if (handler && handler() !== false) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
