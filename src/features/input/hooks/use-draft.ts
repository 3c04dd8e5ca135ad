import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from "react";
import {
  deserializeDraft,
  emptyDraft,
  isBlank,
  serializeDraft,
  type AddIncoming,
  type Arrival,
  type Draft,
} from "../model/draft.ts";
import type { LocalStore } from "../../../ui/local-store.ts";

const DRAFT_KEY = "parallax:draft";
/** Quiet time after the last keystroke before the draft is written. */
export const SAVE_DELAY_MS = 400;

export interface DraftState {
  readonly draft: Draft;
  readonly setDraft: Dispatch<SetStateAction<Draft>>;
  /** A draft with something in it was found on this device when the page opened. */
  readonly restored: boolean;
  /** What became of the article the bookmarklet brought in, when the page opened with one. */
  readonly arrival: Arrival | undefined;
}

/**
 * The New comparison form's contents, saved on this device as the user types (debounced) and
 * at once when the page is hidden or closed, so a reload or a crash loses at most the last
 * few hundred milliseconds.
 */
export function useDraft(local: LocalStore, incoming?: AddIncoming): DraftState {
  const [initial] = useState(() => {
    const stored = deserializeDraft(local.read(DRAFT_KEY));
    // Added to what this device already holds: the comparison being prepared lives here, not in
    // the tab (the bookmarklet opens a new one for each article).
    return incoming
      ? { stored, ...incoming(stored ?? emptyDraft()) }
      : { stored, draft: stored ?? emptyDraft(), arrival: undefined };
  });
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const latest = useRef(draft);
  const dirty = useRef(false);

  const save = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    if (isBlank(latest.current)) {
      local.remove(DRAFT_KEY);
      return;
    }
    const serialized = serializeDraft(latest.current);
    // Unchanged (a draft just taken from another tab): writing it again would wake that tab.
    if (local.read(DRAFT_KEY) !== serialized) local.write(DRAFT_KEY, serialized);
  }, [local]);

  // Another tab changed the draft (the bookmarklet added an article there): follow it, unless
  // this tab has typing of its own still to save, which then wins as the latest edit.
  useEffect(() => {
    const onStorage = (event: StorageEvent): void => {
      if (event.key !== DRAFT_KEY || dirty.current) return;
      const next = event.newValue === null ? emptyDraft() : deserializeDraft(event.newValue);
      if (!next) return;
      latest.current = next;
      setDraft(next);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    latest.current = draft;
    dirty.current = true;
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, save]);

  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === "hidden") save();
    };
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", save);
      document.removeEventListener("visibilitychange", onHide);
      save(); // leaving the page within the delay
    };
  }, [save]);

  return {
    draft,
    setDraft,
    restored: initial.stored !== undefined && !isBlank(initial.stored),
    arrival: initial.arrival,
  };
}
