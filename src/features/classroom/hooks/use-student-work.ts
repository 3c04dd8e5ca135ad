import { useCallback } from "react";
import type { SourceInput } from "../../../analysis/types.ts";
import type { SharedLesson } from "../../../share/link.ts";
import type { LocalStore } from "../../../ui/local-store.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { fromSharedWork, toSharedWork, workStorageKey } from "../model/class-link.ts";
import { deserializeWork, serializeWork } from "../model/stored.ts";
import { EMPTY_WORK, type StudentWork } from "../model/types.ts";
import { hasWork } from "../model/work.ts";
import { useSavedState, type SavedState } from "./use-saved-state.ts";

interface StudentWorkOptions {
  readonly local: LocalStore;
  readonly inputs: readonly SourceInput[];
  readonly index: ComparisonIndex;
  /** The lesson as its link carries it: with the reports, it names where the work is kept. */
  readonly lesson: SharedLesson;
  /** A handed-in copy's work: shown as it is, and never written to this device. */
  readonly handedIn: StudentWork | undefined;
}

/**
 * A student's tags, notes and answers on one lesson, kept on this device as they work and
 * restored when the class link is opened again. A handed-in copy is read-only.
 */
export function useStudentWork({
  local,
  inputs,
  index,
  lesson,
  handedIn,
}: StudentWorkOptions): SavedState<StudentWork> {
  return useSavedState<StudentWork>({
    local,
    key: workStorageKey(inputs, lesson),
    read: useCallback(
      (text: string | undefined) => {
        const stored = deserializeWork(text);
        return stored ? fromSharedWork(index, stored) : undefined;
      },
      [index],
    ),
    write: useCallback(
      (work: StudentWork) => (hasWork(work) ? serializeWork(toSharedWork(index, work)) : undefined),
      [index],
    ),
    initial: () => handedIn ?? EMPTY_WORK,
    enabled: handedIn === undefined,
  });
}
