import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { Source } from "../../../analysis/types.ts";
import { buildColumn, type ColumnBlock } from "../model/column-blocks.ts";
import { isHtmlSource } from "../model/display-text.ts";
import type { ColumnState } from "./column-props.ts";
import { ParagraphBlock } from "./paragraph-block.tsx";
import { RemovedBlock } from "./removed-block.tsx";
import { SentenceSlot } from "./sentence-slot.tsx";

interface SourceColumnProps {
  readonly source: Source;
  readonly state: ColumnState;
  /** Letter or number shown beside the outlet name. */
  readonly position: number;
}

/** One outlet: its name, its headline and its body as printed, removed chrome on request. */
export const SourceColumn = memo(function SourceColumn({
  source,
  state,
  position,
}: SourceColumnProps) {
  const column = useMemo(() => buildColumn(source), [source]);
  const { shown, more, sentinelRef, showAll } = useWindowedBlocks(column.blocks, state);
  const outletId = `outlet-${source.id}`;
  const outletNameId = `${outletId}-name`;
  const removedCount = source.removed.length;

  return (
    <section
      data-column={source.id}
      aria-labelledby={outletNameId}
      className="reader-column relative min-w-0 lg:h-full lg:overflow-y-auto lg:overscroll-contain"
    >
      <div className="sticky top-0 z-10 border-b border-rule bg-paper/92 px-5 py-2.5 backdrop-blur-sm sm:px-7">
        <p
          id={outletId}
          className="flex items-baseline gap-2 font-sans text-[0.8125rem] font-semibold tracking-wide text-ink"
        >
          <span
            aria-hidden="true"
            className="inline-flex size-5 items-center justify-center rounded-full border border-rule text-[0.6875rem] text-muted"
          >
            {String.fromCharCode(65 + (position % 26))}
          </span>
          <bdi id={outletNameId}>{source.name}</bdi>
          {removedCount > 0 && !state.showRemoved ? (
            <span className="ml-auto shrink-0 pl-2 text-xs font-normal whitespace-nowrap text-muted">
              {removedCount} removed
            </span>
          ) : null}
        </p>
      </div>

      <article
        className="reading mx-auto max-w-[40rem] px-5 pt-5 pb-16 sm:px-7"
        data-reading-text=""
      >
        <h2 className="mb-6 font-reading text-[1.375rem] leading-snug font-semibold tracking-[-0.01em] text-balance text-ink">
          {/* Moving by headings, a screen reader hears whose headline this is. */}
          <span className="sr-only">
            <bdi>{source.name}</bdi>:{" "}
          </span>
          {column.headlineSentences.length > 0 ? (
            column.headlineSentences.map((sentence) => (
              <SentenceSlot key={sentence.id} state={state} source={source} sentence={sentence} />
            ))
          ) : column.title ? (
            column.title
          ) : (
            <span className="font-sans text-base font-normal text-muted italic">
              No headline found
            </span>
          )}
        </h2>
        {shown.map((block) =>
          block.kind === "paragraph" ? (
            <ParagraphBlock
              key={block.key}
              state={state}
              source={source}
              sentences={block.sentences}
              role={block.role}
            />
          ) : state.showRemoved ? (
            <RemovedBlock
              key={block.key}
              text={source.text}
              spans={block.spans}
              html={isHtmlSource(source)}
            />
          ) : null,
        )}
        {more > 0 ? (
          <div ref={sentinelRef} className="mt-2 font-sans text-sm text-muted" data-more-blocks="">
            <p>{more.toLocaleString("en")} more paragraphs load as you scroll.</p>
            <button type="button" className="mt-1 underline" onClick={showAll}>
              Show them all now
            </button>
          </div>
        ) : null}
      </article>
    </section>
  );
});

/** Paragraph blocks rendered at first, and added each time the reader nears the end. */
const BLOCK_WINDOW = 200;

/**
 * Renders a long column in windows of BLOCK_WINDOW paragraphs, adding the next window when a
 * sentinel at the end comes within a screen or two of view: a megabyte-long report has thousands
 * of paragraphs, and rendering them all at once freezes the page for seconds. Reports of normal
 * length fit in the first window and are rendered whole. A sentence that becomes active or
 * selected further down (keyboard moves, a partner, a summary link) brings its window with it.
 */
function useWindowedBlocks(blocks: readonly ColumnBlock[], state: ColumnState) {
  const [limit, setLimit] = useState(BLOCK_WINDOW);
  const ref = useRef<HTMLDivElement | null>(null);

  // The furthest block holding a sentence the reader is pointed at.
  const wanted = useMemo(() => {
    const ids = new Set([state.activeId, state.tabbableId, ...state.partnerIds]);
    let last = -1;
    blocks.forEach((block, k) => {
      if (block.kind === "paragraph" && block.sentences.some((s) => ids.has(s.id))) last = k;
    });
    return last;
  }, [blocks, state.activeId, state.tabbableId, state.partnerIds]);
  useEffect(() => {
    if (wanted >= limit) setLimit(wanted + BLOCK_WINDOW);
  }, [wanted, limit]);

  useEffect(() => {
    const sentinel = ref.current;
    if (!sentinel || limit >= blocks.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + BLOCK_WINDOW);
      },
      { rootMargin: "1500px 0px" },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [limit, blocks.length]);

  return {
    shown: blocks.slice(0, limit),
    more: Math.max(0, blocks.length - limit),
    sentinelRef: ref,
    showAll: () => setLimit(blocks.length),
  };
}
