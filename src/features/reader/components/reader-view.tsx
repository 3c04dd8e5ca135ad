import { Fragment, useCallback, useMemo, useRef, useState, type Ref } from "react";
import type { Span } from "../../../analysis/types.ts";
import { alignmentNumbers } from "../../../comparison/alignment-numbers.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Visibility } from "../../../comparison/layers.ts";
import { isMarkVisible, marksBySentence, type Mark } from "../../../comparison/marks.ts";
import { attributionsBySentence } from "../../../comparison/who-said-what.ts";
import { prefersReducedMotion } from "../../../ui/use-media-query.ts";
import { useExplanation } from "../hooks/use-explanation.ts";
import { useInitialSelection } from "../hooks/use-initial-selection.ts";
import { useLatest } from "../hooks/use-latest.ts";
import { useLiveStore } from "../hooks/use-live-store.ts";
import { usePartnerScroll } from "../hooks/use-partner-scroll.ts";
import { useReaderActions } from "../hooks/use-reader-actions.ts";
import { useReaderHandle, type ReaderHandle } from "../hooks/use-reader-handle.ts";
import { useReveal } from "../hooks/use-reveal.ts";
import { useScrollSettledHover } from "../hooks/use-scroll-settled-hover.ts";
import { columnPairs } from "../model/column-pairs.ts";
import { stepSentence } from "../model/navigation.ts";
import { activePairDiff, variantAtoms } from "../model/pair-diff.ts";
import type { ColumnState } from "./column-props.ts";
import { ConnectorGutter } from "./connector-gutter.tsx";
import { ExplanationDialog, type GoToTarget } from "./explanation-dialog.tsx";
import { SourceColumn } from "./source-column.tsx";
import "../reader.css";

export type { ReaderHandle };

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
  const select = useLatest(onSelect);
  const [hoveredId, setHoveredId] = useState<string | undefined>();
  const hover = useScrollSettledHover(rootRef, setHoveredId);
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const marksById = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const explanation = useExplanation(index, marksById);
  const { explain, leave, openMarkIds, openSentenceIds } = explanation;

  // Where the reader is: the sentence under the pointer, else the one with focus.
  const activeId = hoveredId ?? focusedId;
  const atoms = useMemo(() => variantAtoms(marks), [marks]);
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

  // Moving: jumps from the page and the dialog, a link's selection, the sentences' own events.
  const { revealId, reveal } = useReveal(rootRef, index, setFocusedId);
  const goTo = useCallback((target: GoToTarget) => reveal(target, false), [reveal]);
  const goToFromDialog = useCallback(
    (target: GoToTarget) => leave(() => goTo(target)),
    [leave, goTo],
  );
  useReaderHandle(ref, index, goTo, focusedId);
  useInitialSelection({ index, marksById, initialSelected, reveal, explain, select });
  const actions = useReaderActions({ rootRef, hover, setFocusedId, explain, select });

  const firstSteppable = useMemo(() => stepSentence(index, undefined, 1), [index]);
  const tabbableId = focusedId ?? firstSteppable;
  const live = useLiveStore(
    useMemo(
      () => ({ activeId, partnerIds, diffRanges, tabbableId, openMarkIds, openSentenceIds }),
      [activeId, partnerIds, diffRanges, tabbableId, openMarkIds, openSentenceIds],
    ),
  );

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

  const visibleBySentence = useMemo(
    () =>
      marksBySentence(
        index,
        marks.filter((m) => isMarkVisible(m, visibility)),
      ),
    [index, marks, visibility],
  );
  const pairNumbers = useMemo(() => alignmentNumbers(index), [index]);
  const attributions = useMemo(() => attributionsBySentence(index), [index]);
  const state = useMemo<ColumnState>(
    () => ({
      index,
      marks: visibleBySentence,
      pairNumbers,
      attributions,
      showUnique: visibility.layers.unique,
      showRemoved: visibility.removed,
      live,
      actions,
    }),
    [index, visibleBySentence, pairNumbers, attributions, visibility, live, actions],
  );

  const gutters = useMemo(() => columnPairs(index), [index]);
  const activeIds = useMemo(
    () => (activeId === undefined ? NO_IDS : new Set([activeId, ...partnerIds])),
    [activeId, partnerIds],
  );
  const orderOf = useCallback((id: string) => index.sentence(id)?.order, [index]);

  const sources = index.sources;
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
        const gutter = k > 0 && wide ? gutters[k - 1] : undefined;
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
        open={explanation.open}
        index={index}
        marksById={marksById}
        atoms={atoms}
        wide={wide}
        onClose={explanation.close}
        onGoTo={goToFromDialog}
      />
    </div>
  );
}
