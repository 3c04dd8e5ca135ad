import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from "react";
import type { LocalStore } from "../../../ui/local-store.ts";

/** Quiet time after the last change before it is written: typing an answer writes once. */
export const SAVE_DELAY_MS = 400;

/** Whether the latest change is on the device: "saved", only in this page's memory, or pending. */
export type SaveStatus = "unchanged" | "pending" | "saved" | "memory";

export interface SavedState<T> {
  readonly value: T;
  readonly setValue: Dispatch<SetStateAction<T>>;
  /** Something was found on this device when the page opened. */
  readonly restored: boolean;
  readonly status: SaveStatus;
}

interface SavedStateOptions<T> {
  readonly local: LocalStore;
  readonly key: string;
  /** Reads a stored value; undefined for none or for one that does not validate. */
  readonly read: (text: string | undefined) => T | undefined;
  /** The text to store, or undefined to remove the entry (nothing worth keeping). */
  readonly write: (value: T) => string | undefined;
  readonly initial: () => T;
  /** False for a read-only copy (a handed-in link): nothing is read or written. */
  readonly enabled: boolean;
}

/**
 * State kept on this device as it changes (debounced) and at once when the page is hidden or
 * closed, so a reload or a crash loses at most the last few hundred milliseconds. Same pattern
 * as the New comparison form's draft.
 */
export function useSavedState<T>({
  local,
  key,
  read,
  write,
  initial,
  enabled,
}: SavedStateOptions<T>): SavedState<T> {
  const [start] = useState(() => (enabled ? read(local.read(key)) : undefined));
  const [value, setValue] = useState<T>(() => start ?? initial());
  const [status, setStatus] = useState<SaveStatus>("unchanged");
  const latest = useRef(value);
  const dirty = useRef(false);
  /** The value the device already holds (or that needs no writing: what was just read). */
  const kept = useRef(value);

  const save = useCallback(() => {
    if (!dirty.current || !enabled) return;
    dirty.current = false;
    kept.current = latest.current;
    const text = write(latest.current);
    if (text === undefined) {
      local.remove(key);
      setStatus("saved");
    } else {
      setStatus(local.write(key, text) ? "saved" : "memory");
    }
  }, [enabled, key, local, write]);

  useEffect(() => {
    latest.current = value;
    if (value === kept.current) return undefined;
    dirty.current = true;
    setStatus("pending");
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value, save]);

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === "hidden") save();
    };
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      save();
      window.removeEventListener("pagehide", save);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [save]);

  return { value, setValue, restored: start !== undefined, status };
}
