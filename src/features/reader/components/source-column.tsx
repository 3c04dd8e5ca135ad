import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Source } from "../../../analysis/types.ts";
import { useChunkWindow } from "../hooks/use-chunk-window.ts";
import { buildColumn, type ColumnBlock } from "../model/column-blocks.ts";
import { chunkBlocks, chunkOfSentence, type ColumnChunk } from "../model/column-chunks.ts";
import { displaySlice } from "../../../comparison/display-text.ts";
import type { ColumnState } from "./column-props.ts";
import { ParagraphBlock } from "./paragraph-block.tsx";
import { RemovedBlock } from "./removed-block.tsx";
import { SentenceSlot } from "./sentence-slot.tsx";

interface SourceColumnProps {
  readonly source: Source;
  readonly state: ColumnState;
  /** Letter or number shown beside the outlet name. */
  readonly position: number;
  /** Sentences that must be in the page wherever the column is scrolled (long columns). */
  readonly pinned: ReadonlySet<string>;
}

/** One outlet: its name, its headline and its body as printed, removed chrome on request. */
export const SourceColumn = memo(function SourceColumn({
  source,
  state,
  position,
  pinned,
}: SourceColumnProps) {
  const column = useMemo(() => buildColumn(source), [source]);
  const chunks = useMemo(
    () => (column.blocks.length > WHOLE_BLOCKS ? chunkBlocks(column.blocks) : undefined),
    [column],
  );
  const pinnedChunks = usePinnedChunks(chunks, pinned);
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
        {chunks ? (
          <ChunkedBlocks chunks={chunks} source={source} state={state} pinned={pinnedChunks} />
        ) : (
          column.blocks.map((block) => (
            <Block key={block.key} block={block} source={source} state={state} />
          ))
        )}
      </article>
    </section>
  );
});

/**
 * Reports of up to this many blocks are rendered whole; longer ones in chunks around the view.
 * A megabyte-long report has thousands of paragraphs: rendering them all freezes the page for
 * seconds, and keeping every one met so far grows the page without bound.
 */
const WHOLE_BLOCKS = 200;

function Block({
  block,
  source,
  state,
}: {
  readonly block: ColumnBlock;
  readonly source: Source;
  readonly state: ColumnState;
}) {
  if (block.kind === "paragraph")
    return (
      <ParagraphBlock state={state} source={source} sentences={block.sentences} role={block.role} />
    );
  return state.showRemoved ? <RemovedBlock source={source} spans={block.spans} /> : null;
}

interface ChunkProps {
  readonly chunk: ColumnChunk;
  readonly source: Source;
  readonly state: ColumnState;
  readonly observe: (el: HTMLElement | null) => (() => void) | undefined;
  /** With every chunk rendered: the browser lays out only those near the view. */
  readonly intrinsicHeight: number | undefined;
}

/** A run of blocks rendered together; memoised, so moving the window renders only new chunks. */
const Chunk = memo(function Chunk({ chunk, source, state, observe, intrinsicHeight }: ChunkProps) {
  return (
    <div
      ref={observe}
      data-chunk={chunk.index}
      // Its own formatting context: the margins of its first and last paragraphs stay inside,
      // so its measured height is exactly the space it takes.
      className="flow-root"
      style={
        intrinsicHeight === undefined
          ? undefined
          : { contentVisibility: "auto", containIntrinsicSize: `auto ${intrinsicHeight}px` }
      }
    >
      {chunk.blocks.map((block) => (
        <Block key={block.key} block={block} source={source} state={state} />
      ))}
    </div>
  );
});

/** Says how many paragraphs are left out beside it, with a way to have them all. */
function MoreNote({
  paragraphs,
  above,
  onShowAll,
}: {
  readonly paragraphs: number;
  /** The paragraphs left out are above the note (it sits at the foot of the space they leave). */
  readonly above: boolean;
  readonly onShowAll: () => void;
}) {
  return (
    <div className="my-2 font-sans text-sm text-muted" data-more-blocks="">
      <p>
        {paragraphs.toLocaleString("en")}{" "}
        {above ? "paragraphs above load as you scroll up." : "more paragraphs load as you scroll."}
      </p>
      <button type="button" className="mt-1 underline" onClick={onShowAll}>
        Show them all now
      </button>
    </div>
  );
}

/** A chunk's words as plain text, a paragraph a line apart, for the browser's find. */
function chunkText(source: Source, chunk: ColumnChunk): string {
  return chunk.blocks
    .flatMap((block) => {
      const first = block.kind === "paragraph" ? block.sentences[0] : undefined;
      const last = block.kind === "paragraph" ? block.sentences.at(-1) : undefined;
      if (!first || !last) return [];
      return [displaySlice(source, first.start, last.end).replace(/\s+/g, " ")];
    })
    .join("\n\n");
}

interface PlaceholderProps {
  readonly chunk: ColumnChunk;
  readonly source: Source;
  readonly height: number;
  /** Hold the chunk's words for the browser's find (see useFindIntent). */
  readonly findable: boolean;
  readonly note: { readonly paragraphs: number; readonly above: boolean } | undefined;
  readonly onShowAll: () => void;
  /** The browser's find-in-page matched words in this chunk. */
  readonly onFound: (k: number) => void;
}

/**
 * The space of a chunk not rendered. Once the reader reaches for the browser's find, it holds
 * the chunk's words hidden "until found": find-in-page searches them (the accessibility tree
 * does not see them), and a match brings the chunk in their place.
 */
const Placeholder = memo(function Placeholder({
  chunk,
  source,
  height,
  findable,
  note,
  onShowAll,
  onFound,
}: PlaceholderProps) {
  const text = useMemo(
    () => (findable ? chunkText(source, chunk) : undefined),
    [findable, source, chunk],
  );
  // React knows `hidden` as a boolean only: "until-found" and its event are set here.
  const untilFound = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return undefined;
      el.setAttribute("hidden", "until-found");
      const found = () => onFound(chunk.index);
      el.addEventListener("beforematch", found);
      return () => el.removeEventListener("beforematch", found);
    },
    [chunk.index, onFound],
  );
  return (
    <div
      data-chunk-placeholder={chunk.index}
      style={{ height }}
      className={`flex flex-col ${note?.above ? "justify-end" : "justify-start"}`}
    >
      {note ? (
        <MoreNote paragraphs={note.paragraphs} above={note.above} onShowAll={onShowAll} />
      ) : null}
      {text === undefined ? null : (
        <div ref={untilFound} hidden className="whitespace-pre-line">
          {text}
        </div>
      )}
    </div>
  );
});

/**
 * Whether the reader has reached for the browser's find (Ctrl or ⌘ F, F3). Until then the
 * words of chunks not rendered are left out altogether: held hidden "until found", each chunk's
 * words cost Chromium about 3 ms of every frame on 2 × 1 MB (hit testing and painting go
 * through every hidden block), for a search most readers never make. The find bar opens as
 * usual; the words are in the page before the first letter is typed in it.
 */
function useFindIntent(): boolean {
  const [findable, setFindable] = useState(false);
  useEffect(() => {
    if (findable) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      const find = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "f";
      if (find || event.key === "F3") setFindable(true);
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [findable]);
  return findable;
}

const NO_CHUNKS: ReadonlySet<number> = new Set<number>();

/**
 * The chunks holding pinned sentences. The same set (same object) while they stay the same: the
 * pinned sentences change with every hover, the chunks holding them seldom.
 */
function usePinnedChunks(
  chunks: readonly ColumnChunk[] | undefined,
  pinned: ReadonlySet<string>,
): ReadonlySet<number> {
  const chunkOf = useMemo(() => (chunks ? chunkOfSentence(chunks) : undefined), [chunks]);
  const key = chunkOf
    ? [...new Set([...pinned].flatMap((id) => chunkOf.get(id) ?? []))].sort((a, b) => a - b)
    : [];
  const joined = key.join(" ");
  return useMemo(() => (joined ? new Set(joined.split(" ").map(Number)) : NO_CHUNKS), [joined]);
}

/**
 * A long column in chunks: those near the view (and any pinned: the focused, active or revealed
 * sentence, a partner about to be lined up, an open explanation's) are rendered; the others keep
 * their space and their words, hidden until the browser's find-in-page matches them. "Show them
 * all now" renders every chunk, leaving the browser to skip the layout of those out of view
 * (content-visibility).
 */
const ChunkedBlocks = memo(function ChunkedBlocks({
  chunks,
  source,
  state,
  pinned,
}: {
  readonly chunks: readonly ColumnChunk[];
  readonly source: Source;
  readonly state: ColumnState;
  /** Chunks to render wherever the column is scrolled. */
  readonly pinned: ReadonlySet<number>;
}) {
  const findable = useFindIntent();
  // The chunk of the last find-in-page match, rendered where the browser scrolled to.
  const [found, setFound] = useState<number | undefined>();
  const pinnedChunks = useMemo(
    () => (found === undefined ? pinned : new Set([...pinned, found])),
    [pinned, found],
  );
  const {
    rendered: renderedList,
    all,
    showAll,
    height,
    containerRef,
    observe,
  } = useChunkWindow(chunks, pinnedChunks, state.showRemoved, state);
  const rendered = new Set(renderedList);
  const firstRendered = renderedList[0] ?? chunks.length;

  /** Paragraphs in the run of chunks left out from `k` on, going `step` (1 down, -1 up). */
  const leftOut = (k: number, step: 1 | -1): number => {
    let n = 0;
    for (let j = k; j >= 0 && j < chunks.length && !rendered.has(j); j += step) {
      n += chunks[j]?.paragraphs ?? 0;
    }
    return n;
  };

  const item = (chunk: ColumnChunk): ReactNode => {
    const k = chunk.index;
    if (rendered.has(k))
      return (
        <Chunk
          key={k}
          chunk={chunk}
          source={source}
          state={state}
          observe={observe}
          intrinsicHeight={all ? height(k) : undefined}
        />
      );
    // A note where a run of left-out chunks meets rendered text: below the text, at the run's
    // head; above the first rendered chunk, at the foot of the run opening the column.
    const note =
      k > 0 && rendered.has(k - 1)
        ? { paragraphs: leftOut(k, 1), above: false }
        : k === firstRendered - 1
          ? { paragraphs: leftOut(k, -1), above: true }
          : undefined;
    return (
      <Placeholder
        key={k}
        chunk={chunk}
        source={source}
        height={height(k)}
        findable={findable}
        note={note}
        onShowAll={showAll}
        onFound={setFound}
      />
    );
  };

  return (
    <div ref={containerRef} data-chunks="">
      {chunks.map(item)}
    </div>
  );
});
