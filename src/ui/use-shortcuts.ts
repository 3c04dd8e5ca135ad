import { useEffect, useRef } from "react";

/** A key's action. Returning `false` lets the event through; `true` or nothing handles it. */
export type ShortcutHandler = (() => void) | (() => boolean);

/** Keys mapped to handlers. */
export type ShortcutMap = Readonly<Record<string, ShortcutHandler>>;

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
