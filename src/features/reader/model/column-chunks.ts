import type { ColumnBlock } from "./column-blocks.ts";

/** Consecutive blocks of a long column, rendered or left out together. */
export interface ColumnChunk {
  readonly index: number;
  readonly blocks: readonly ColumnBlock[];
  /** Characters of body text, and of removed text (drawn only when asked), for height estimates. */
  readonly chars: number;
  readonly removedChars: number;
  readonly paragraphs: number;
}

/** About a screen of text in a narrow column: quick to render, and the window moves finely. */
const CHUNK_CHARS = 1200;
const CHUNK_MAX_BLOCKS = 8;

function blockChars(block: ColumnBlock): number {
  if (block.kind === "removed") return block.spans.reduce((n, s) => n + s.end - s.start, 0);
  const first = block.sentences[0];
  const last = block.sentences.at(-1);
  return first && last ? last.end - first.start : 0;
}

/** Cuts a column's blocks into chunks of about CHUNK_CHARS characters, in order. */
export function chunkBlocks(blocks: readonly ColumnBlock[]): readonly ColumnChunk[] {
  const chunks: ColumnChunk[] = [];
  let current: ColumnBlock[] = [];
  let chars = 0;
  let removedChars = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    chunks.push({
      index: chunks.length,
      blocks: current,
      chars,
      removedChars,
      paragraphs: current.filter((b) => b.kind === "paragraph").length,
    });
    current = [];
    chars = 0;
    removedChars = 0;
  };
  for (const block of blocks) {
    current.push(block);
    if (block.kind === "removed") removedChars += blockChars(block);
    else chars += blockChars(block);
    if (chars >= CHUNK_CHARS || current.length >= CHUNK_MAX_BLOCKS) flush();
  }
  flush();
  return chunks;
}

/** The chunk holding each sentence, by sentence id. */
export function chunkOfSentence(chunks: readonly ColumnChunk[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const chunk of chunks) {
    for (const block of chunk.blocks) {
      if (block.kind === "paragraph") for (const s of block.sentences) map.set(s.id, chunk.index);
    }
  }
  return map;
}
