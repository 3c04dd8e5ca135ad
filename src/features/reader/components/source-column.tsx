import { memo, useMemo } from "react";
import type { Source } from "../../../analysis/types.ts";
import { buildColumn } from "../model/column-blocks.ts";
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
  const outletId = `outlet-${source.id}`;
  const removedCount = source.removed.length;

  return (
    <section
      data-column={source.id}
      aria-labelledby={outletId}
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
          {source.name}
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
        {column.blocks.map((block) =>
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
      </article>
    </section>
  );
});
