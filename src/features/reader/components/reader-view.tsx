import {
  Fragment,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
  type RefObject,
} from "react";
import type { Span } from "../../../analysis/types.ts";
import { prefersReducedMotion } from "../../../ui/use-media-query.ts";
import { usePartnerScroll } from "../hooks/use-partner-scroll.ts";
import { alignmentNumbers } from "../../../comparison/alignment-numbers.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Visibility } from "../../../comparison/layers.ts";
import { LiveStore, type LiveState } from "../model/live-state.ts";
import { isMarkVisible, marksBySentence, type Mark } from "../../../comparison/marks.ts";
import { partnerAcross, stepSentence } from "../model/navigation.ts";
import { activePairDiff, variantAtoms } from "../model/pair-diff.ts";
import type { ColumnState } from "./column-props.ts";
import { ConnectorGutter, type ConnectorLink } from "./connector-gutter.tsx";
import { ExplanationDialog, type GoToTarget } from "./explanation-dialog.tsx";
import type { OpenExplanation, ReaderActions } from "./reader-actions.ts";
import { SourceColumn } from "./source-column.tsx";
import "../reader.css";

/** What the page (keyboard shortcuts, summary links) can ask of the reader. */
export interface ReaderHandle {
  goTo(target: GoToTarget): void;
  /** Next (1) or previous (-1) aligned sentence in the current column. */
  step(direction: 1 | -1): void;
  /** To a partner in the column to the right (1) or left (-1). */
  across(direction: 1 | -1): void;
}

interface ReaderViewProps {
  readonly index: ComparisonIndex;
  readonly marks: readonly Mark[];
  readonly visibility: Visibility;
  /** Columns side by side, each scrolling on its own. */
  readonly wide: boolean;
  /**
   * A sentence id or mark id to bring back on first render (from a link): the sentence is
   * focused, a mark is focused and explained. Ids that do not exist are ignored.
   */
  readonly initialSelected?: string | undefined;
  /** Called with the sentence focused or the mark (or sentence) explained, for the URL. */
  readonly onSelect?: ((id: string) => void) | undefined;
  readonly ref?: Ref<ReaderHandle>;
}

/** Wait before lining up partners: sweeping the pointer should not set the columns racing. */
const HOVER_SCROLL_DELAY_MS = 220;
/** After keyboard focus, let the smooth scroll that brought the sentence into view settle. */
const FOCUS_SCROLL_DELAY_MS = 340;
const NO_RANGES: ReadonlyMap<string, readonly Span[]> = new Map<string, readonly Span[]>();
const NO_IDS: ReadonlySet<string> = new Set<string>();

function sentenceEl(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-sentence-id="${CSS.escape(id)}"]`) ?? null;
}

/**
 * Whether scrolling `el` into view should jump rather than glide: it sits in a long column's
 * chunks more than two screens away. Paragraphs rendered on the way would change the distance
 * while a smooth scroll is under way, and gliding past pages of text shows nothing anyway.
 */
function farInLongColumn(el: HTMLElement): boolean {
  if (!el.closest("[data-chunks]")) return false;
  const rect = el.getBoundingClientRect();
  return rect.bottom < -window.innerHeight || rect.top > 2 * window.innerHeight;
}

/** The aligned columns, their connectors, and the explanation of whatever is activated. */
export function ReaderView({
  index,
  marks,
  visibility,
  wide,
  initialSelected,
  onSelect,
  ref,
}: ReaderViewProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const [hoveredId, setHoveredId] = useState<string | undefined>();
  const hover = useScrollSettledHover(rootRef, setHoveredId);
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const [open, setOpen] = useState<OpenExplanation | null>(null);
  const restoreFocus = useRef(true);

  const visibleBySentence = useMemo(
    () =>
      marksBySentence(
        index,
        marks.filter((m) => isMarkVisible(m, visibility)),
      ),
    [index, marks, visibility],
  );
  const marksById = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const pairNumbers = useMemo(() => alignmentNumbers(index), [index]);
  const atoms = useMemo(() => variantAtoms(marks), [marks]);

  const activeId = hoveredId ?? focusedId;
  const partnerIds = useMemo(
    () => new Set(activeId ? index.partners(activeId) : []),
    [index, activeId],
  );
  const diffRanges = useMemo(
    () => (activeId ? activePairDiff(index, atoms, activeId) : NO_RANGES),
    [index, atoms, activeId],
  );

  const partnersToRender = usePartnerScroll(
    rootRef,
    index,
    activeId,
    wide,
    hoveredId ? HOVER_SCROLL_DELAY_MS : prefersReducedMotion() ? 0 : FOCUS_SCROLL_DELAY_MS,
  );

  /**
   * The sentence of the last jump, kept in the page: in a long column it may be in paragraphs
   * not rendered yet. A jump to such a sentence waits for the render that brings it, below.
   */
  const [revealId, setRevealId] = useState<string | undefined>();
  const pendingReveal = useRef<
    { target: GoToTarget; then: ((el: HTMLElement) => void) | undefined } | undefined
  >(undefined);

  /** Scrolls to and focuses a sentence, or the mark cluster at `span` in it; returns that element. */
  const show = useCallback(
    (sentence: HTMLElement, target: GoToTarget, instant: boolean): HTMLElement => {
      const span = target.span;
      const cluster = span
        ? [...sentence.querySelectorAll<HTMLElement>(".mark-cluster")].find(
            (el) =>
              Number(el.dataset["start"]) <= span.start && Number(el.dataset["end"]) > span.start,
          )
        : undefined;
      const el = cluster ?? sentence;
      el.scrollIntoView({
        block: "center",
        behavior: instant || prefersReducedMotion() || farInLongColumn(el) ? "auto" : "smooth",
      });
      el.focus({ preventScroll: true });
      setFocusedId(target.sentenceId);
      return el;
    },
    [],
  );

  /** `show`, now or (for a sentence not rendered yet) once it is; then `then` with the element. */
  const reveal = useCallback(
    (target: GoToTarget, instant: boolean, then?: (el: HTMLElement) => void): void => {
      setRevealId(target.sentenceId);
      const sentence = sentenceEl(rootRef.current, target.sentenceId);
      if (sentence) {
        const el = show(sentence, target, instant);
        then?.(el);
      } else if (index.sentence(target.sentenceId)) {
        pendingReveal.current = { target, then };
      }
    },
    [index, show],
  );
  // After each commit: a pending jump's sentence may have just been rendered. Far away: jump.
  useLayoutEffect(() => {
    const pending = pendingReveal.current;
    const sentence = pending && sentenceEl(rootRef.current, pending.target.sentenceId);
    if (!pending || !sentence) return;
    pendingReveal.current = undefined;
    const el = show(sentence, pending.target, true);
    pending.then?.(el);
  });
  const goTo = useCallback((target: GoToTarget) => reveal(target, false), [reveal]);

  const current = useCallback((): string | undefined => {
    const el = document.activeElement?.closest<HTMLElement>("[data-sentence-id]");
    return el?.dataset["sentenceId"] ?? focusedId;
  }, [focusedId]);

  useImperativeHandle(
    ref,
    () => ({
      goTo,
      step(direction) {
        const next = stepSentence(index, current(), direction);
        if (next) goTo({ sentenceId: next, span: undefined });
      },
      across(direction) {
        const from = current();
        const next = from
          ? partnerAcross(index, from, direction)
          : stepSentence(index, undefined, 1);
        if (next) goTo({ sentenceId: next, span: undefined });
      },
    }),
    [goTo, index, current],
  );

  const actions = useMemo<ReaderActions>(
    () => ({
      hover,
      focusChanged(sentenceId, focused, self) {
        if (focused) {
          setFocusedId(sentenceId);
          // Focus coming back to a mark after its explanation closes keeps the mark selected.
          if (self) onSelectRef.current?.(sentenceId);
        } else
          setFocusedId((id) =>
            id === sentenceId && !rootRef.current?.contains(document.activeElement)
              ? undefined
              : id,
          );
      },
      explainMarks(markIds, preferredId, anchor) {
        restoreFocus.current = true;
        setOpen({ kind: "marks", markIds, preferredId, anchor });
        const selected = preferredId ?? markIds[0];
        if (selected) onSelectRef.current?.(selected);
      },
      explainSentence(sentenceId, anchor) {
        restoreFocus.current = true;
        setOpen({ kind: "sentence", sentenceId, anchor });
        onSelectRef.current?.(sentenceId);
      },
    }),
    [hover],
  );

  // A link's selection comes back once, after the columns are on screen.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || initialSelected === undefined) return;
    restored.current = true;
    if (index.sentence(initialSelected)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- runs once, after the columns are in the DOM: revealing scrolls to them
      reveal({ sentenceId: initialSelected, span: undefined }, true);
      return;
    }
    const mark = marksById.get(initialSelected);
    const sentenceId = mark ? index.sentenceAt(mark.source, mark.start)?.id : undefined;
    if (!mark || !sentenceId) return;
    reveal({ sentenceId, span: mark }, true, (el) => {
      if (!el.classList.contains("mark-cluster")) {
        onSelectRef.current?.(sentenceId); // its layer is off: the sentence will do
        return;
      }
      const markIds = [
        ...new Set(
          [...el.querySelectorAll<HTMLElement>("[data-mark-id]")].map((m) => m.dataset["markId"]),
        ),
      ].filter((id) => id !== undefined);
      restoreFocus.current = true;
      setOpen({ kind: "marks", markIds, preferredId: mark.id, anchor: el });
    });
  }, [index, marksById, initialSelected, reveal]);

  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  const close = useCallback(() => {
    const previous = openRef.current;
    setOpen(null);
    if (previous && restoreFocus.current && previous.anchor.isConnected) {
      previous.anchor.focus({ preventScroll: true });
    }
  }, []);

  const goToFromDialog = useCallback(
    (target: GoToTarget) => {
      restoreFocus.current = false;
      setOpen(null);
      requestAnimationFrame(() => goTo(target));
    },
    [goTo],
  );

  const openMarkIds = useMemo(
    () => (open?.kind === "marks" ? new Set(open.markIds) : undefined),
    [open],
  );
  // The sentences holding the open marks (or the open sentence): they show it, and stay rendered.
  const openSentenceIds = useMemo((): ReadonlySet<string> => {
    if (!open) return NO_IDS;
    if (open.kind === "sentence") return new Set([open.sentenceId]);
    return new Set(
      open.markIds.flatMap((id) => {
        const mark = marksById.get(id);
        return mark ? index.sentencesOverlapping(mark.source, mark).map((s) => s.id) : [];
      }),
    );
  }, [open, marksById, index]);

  const firstSteppable = useMemo(() => stepSentence(index, undefined, 1), [index]);
  const tabbableId = focusedId ?? firstSteppable;
  const liveState = useMemo<LiveState>(
    () => ({ activeId, partnerIds, diffRanges, tabbableId, openMarkIds, openSentenceIds }),
    [activeId, partnerIds, diffRanges, tabbableId, openMarkIds, openSentenceIds],
  );
  // Sentences read the live state from this store, each re-rendering only when its share
  // changes. It starts with the first render's state (the markup from a server render is
  // complete) and follows every later one before the browser paints.
  const [live] = useState(() => new LiveStore(liveState));
  useLayoutEffect(() => live.set(liveState), [live, liveState]);

  // What a long column must keep rendered wherever it is scrolled. Other partners of the active
  // sentence light up when their paragraphs come into view.
  const pinned = useMemo(
    () =>
      new Set(
        [activeId, tabbableId, revealId, ...partnersToRender, ...openSentenceIds].filter(
          (id) => id !== undefined,
        ),
      ),
    [activeId, tabbableId, revealId, partnersToRender, openSentenceIds],
  );

  const state = useMemo<ColumnState>(
    () => ({
      index,
      marks: visibleBySentence,
      pairNumbers,
      showUnique: visibility.layers.unique,
      showRemoved: visibility.removed,
      live,
      actions,
    }),
    [index, visibleBySentence, pairNumbers, visibility, live, actions],
  );

  const sources = index.sources;
  // The pairs between neighbouring columns depend on the comparison only; which of them are
  // active is the gutter's business, from the active sentence and its partners.
  const columnPairs = useMemo(
    () =>
      sources.flatMap((left, k) => {
        const right = sources[k + 1];
        if (!right) return [];
        const pairs: ConnectorLink[] = [];
        const seen = new Set<string>();
        for (const alignment of index.comparison.alignments) {
          const located = alignment.sentences.map((id) => index.sentence(id));
          const lefts = located.filter((s) => s?.source.id === left.id);
          const rights = located.filter((s) => s?.source.id === right.id);
          for (const from of lefts) {
            for (const to of rights) {
              if (!from || !to) continue;
              const key = `${from.sentence.id}|${to.sentence.id}`;
              if (seen.has(key)) continue;
              seen.add(key);
              pairs.push({
                key,
                from: from.sentence.id,
                fromOrder: from.order,
                to: to.sentence.id,
                toOrder: to.order,
              });
            }
          }
        }
        return [{ left: left.id, right: right.id, pairs }];
      }),
    [sources, index],
  );
  const activeIds = useMemo(
    () => (activeId === undefined ? NO_IDS : new Set([activeId, ...partnerIds])),
    [activeId, partnerIds],
  );
  const orderOf = useCallback((id: string) => index.sentence(id)?.order, [index]);

  // Four to six columns get a little narrower; beyond the screen the reader scrolls sideways.
  const minColumn = sources.length > 3 ? "15rem" : "17rem";
  const columnTemplate = sources.map(() => `minmax(${minColumn}, 1fr)`).join(" 2.75rem ");
  return (
    <div
      ref={rootRef}
      data-reader=""
      className="relative lg:grid lg:h-full lg:overflow-x-auto"
      style={wide ? { gridTemplateColumns: columnTemplate } : undefined}
    >
      {sources.map((source, k) => {
        const gutter = k > 0 && wide ? columnPairs[k - 1] : undefined;
        return (
          <Fragment key={source.id}>
            {gutter ? (
              <ConnectorGutter
                leftId={gutter.left}
                rightId={gutter.right}
                links={gutter.pairs}
                activeIds={activeIds}
                orderOf={orderOf}
                layoutVersion={`${visibility.removed}-${visibility.layers.unique}`}
              />
            ) : null}
            <div className={k > 0 && !wide ? "border-t-4 border-double border-rule" : "min-h-0"}>
              <SourceColumn source={source} state={state} position={k} pinned={pinned} />
            </div>
          </Fragment>
        );
      })}
      <ExplanationDialog
        open={open}
        index={index}
        marksById={marksById}
        atoms={atoms}
        wide={wide}
        onClose={close}
        onGoTo={goToFromDialog}
      />
    </div>
  );
}

/** After the last scroll event, how long the text must stay still before hover applies. */
const SCROLL_SETTLE_MS = 120;

/**
 * Hover that waits for scrolling to stop. Scrolling with the pointer over the text moves a new
 * sentence under it every frame; lighting each one up (and working out its word differences,
 * and lining up its partners) is wasted on text that is moving past. The last sentence under
 * the pointer lights up once the text is still.
 */
function useScrollSettledHover(
  rootRef: RefObject<HTMLDivElement | null>,
  setHovered: (id: string | undefined) => void,
): (id: string | undefined) => void {
  const still = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const frame = useRef(0);
  useEffect(() => {
    const root = rootRef.current;
    let settling: ReturnType<typeof setTimeout> | undefined;
    // Marked on the reader while it scrolls, for reader.css: marks passing under the pointer
    // do not light up either.
    const settle = () => {
      const wait = still.current - performance.now();
      if (wait > 0) settling = setTimeout(settle, wait);
      else {
        settling = undefined;
        root?.removeAttribute("data-scrolling");
      }
    };
    const onScroll = () => {
      still.current = performance.now() + SCROLL_SETTLE_MS;
      if (settling === undefined) {
        root?.setAttribute("data-scrolling", "");
        settling = setTimeout(settle, SCROLL_SETTLE_MS);
      }
    };
    root?.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      root?.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("scroll", onScroll);
      clearTimeout(timer.current);
      clearTimeout(settling);
      cancelAnimationFrame(frame.current);
    };
  }, [rootRef]);
  return useCallback(
    (id: string | undefined) => {
      clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
      const apply = () => {
        const wait = still.current - performance.now();
        if (wait > 0) timer.current = setTimeout(apply, wait);
        else setHovered(id);
      };
      // Scrolling moves a sentence under a still pointer, and Chromium tells of the pointer
      // before it tells of the scroll: look at the clock in the frame's callbacks, after both.
      frame.current = requestAnimationFrame(apply);
    },
    [setHovered],
  );
}
