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
}

/**
 * The New comparison form's contents, saved on this device as the user types (debounced) and
 * at once when the page is hidden or closed, so a reload or a crash loses at most the last
 * few hundred milliseconds.
 */
export function useDraft(local: LocalStore): DraftState {
  const [initial] = useState(() => deserializeDraft(local.read(DRAFT_KEY)));
  const [draft, setDraft] = useState<Draft>(() => initial ?? emptyDraft());
  const latest = useRef(draft);
  const dirty = useRef(false);

  const save = useCallback(() => {
    if (!dirty.current) return;
    dirty.current = false;
    if (isBlank(latest.current)) local.remove(DRAFT_KEY);
    else local.write(DRAFT_KEY, serializeDraft(latest.current));
  }, [local]);

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

  return { draft, setDraft, restored: initial !== undefined && !isBlank(initial) };
}
