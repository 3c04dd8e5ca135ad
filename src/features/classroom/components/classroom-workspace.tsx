import { useCallback, useMemo, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import type { ReaderControls, RenderReader } from "../reader-slot.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Visibility } from "../../../comparison/layers.ts";
import type { Mark } from "../../../comparison/marks.ts";
import { ErrorBoundary } from "../../../ui/error-boundary.tsx";
import { PanelError } from "../../../ui/panel-error.tsx";
import { useShortcuts, type ShortcutHandler, type ShortcutMap } from "../../../ui/use-shortcuts.ts";

interface ClassroomWorkspaceProps {
  /** Notes about the run (cut short, nothing aligned), above the reports. */
  readonly notes: ReactNode;
  readonly renderReader: RenderReader;
  /** What the reader shows: the plain reports, or the comparison with its marks after the check. */
  readonly index: ComparisonIndex;
  readonly marks: readonly Mark[];
  readonly visibility: Visibility;
  readonly wide: boolean;
  readonly readerRef: RefObject<ReaderControls | null>;
  /** Wraps the reader; tags are drawn over it and selections read from it. */
  readonly rootRef: RefObject<HTMLDivElement | null>;
  /** A sentence asked to be tagged (Enter on it); undefined while tagging is off. */
  readonly onTagSentence: ((sentenceId: string) => void) | undefined;
  /** A click on the text, for opening the tag under it. */
  readonly onTextClick: ((event: MouseEvent) => void) | undefined;
  /** T: tag the selection or the focused sentence. */
  readonly onTagKey: ShortcutHandler | undefined;
  /** A sentence itself got keyboard focus (not a control inside it). */
  readonly onSentenceFocus: ((sentenceId: string) => void) | undefined;
  readonly banner: ReactNode;
  readonly instructions: ReactNode;
  readonly panel: ReactNode;
}

/**
 * The classroom's layout: the reports, and the student's panel beside them on wide screens or
 * after them on narrow ones, with the reader's keys (J/K, H/L) and T to tag.
 */
export function ClassroomWorkspace({
  notes,
  renderReader,
  index,
  marks,
  visibility,
  wide,
  readerRef,
  rootRef,
  onTagSentence,
  onTextClick,
  onTagKey,
  onSentenceFocus,
  banner,
  instructions,
  panel,
}: ClassroomWorkspaceProps) {
  const shortcuts = useMemo<ShortcutMap>(
    () => ({
      j: () => readerRef.current?.step(1),
      k: () => readerRef.current?.step(-1),
      l: () => readerRef.current?.across(1),
      h: () => readerRef.current?.across(-1),
      ...(onTagKey ? { t: onTagKey } : {}),
    }),
    [readerRef, onTagKey],
  );
  useShortcuts(shortcuts);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!onTagSentence || (event.key !== "Enter" && event.key !== " ")) return;
      const target = event.target;
      // The sentence itself, not a control inside it; the reader leaves Enter alone on a
      // sentence with no alignment, which is every sentence while the marks are hidden.
      if (!(target instanceof HTMLElement) || !target.matches("[data-sentence-id]")) return;
      const id = target.dataset["sentenceId"];
      if (!id || event.defaultPrevented) return;
      event.preventDefault();
      onTagSentence(id);
    },
    [onTagSentence],
  );

  const reader = (
    <ErrorBoundary
      fallback={(error, reset) => (
        <PanelError title="The reading view failed" error={error} onRetry={reset} />
      )}
    >
      {/* Key and click handling for tagging: every control inside keeps its own. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- catches events bubbling from the sentences and controls inside, which carry the roles and keys */}
      <div
        ref={rootRef}
        className="h-full"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const id = (event.target as HTMLElement).dataset["sentenceId"];
          if (id && onSentenceFocus) onSentenceFocus(id);
        }}
        onClick={onTextClick ? (event) => onTextClick(event.nativeEvent) : undefined}
        data-class-reader=""
      >
        {renderReader({ ref: readerRef, index, marks, visibility, wide })}
      </div>
    </ErrorBoundary>
  );

  if (wide) {
    return (
      <div className="flex min-h-0 flex-1">
        <main id="reader" aria-label="Reports" className="relative flex min-w-0 flex-1 flex-col">
          {banner}
          {notes}
          <div className="min-h-0 flex-1">{reader}</div>
        </main>
        <aside
          aria-label="Your reading"
          className="relative w-[24rem] shrink-0 overflow-y-auto border-l border-rule bg-panel/60 px-5 py-5 xl:w-[26rem]"
          data-class-panel=""
        >
          {instructions}
          <div className={instructions ? "mt-5" : undefined}>{panel}</div>
        </aside>
      </div>
    );
  }
  return (
    <>
      {banner}
      {instructions ? (
        <div className="border-b border-rule bg-panel/60 px-4 py-3">{instructions}</div>
      ) : null}
      <main id="reader" aria-label="Reports">
        {notes}
        {reader}
      </main>
      <aside
        aria-label="Your reading"
        className="border-t-4 border-double border-rule bg-panel/60 px-5 py-6 pb-24"
        data-class-panel=""
      >
        {panel}
      </aside>
    </>
  );
}
