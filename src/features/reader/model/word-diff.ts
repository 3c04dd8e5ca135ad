import { diffArrays } from "diff";
import type { Source, Span } from "../../../analysis/types.ts";
import { sourceWords } from "../../../comparison/display-text.ts";

/** A word of a sentence, or a whole name variant, with the key it is compared by. */
export interface DiffToken extends Span {
  readonly key: string;
}

/** A span that must compare as one token under `key` (a name variant: "Kanani" ≡ "Kanaani"). */
export interface DiffAtom extends Span {
  readonly key: string;
}

function words(source: Source, from: number, to: number, out: DiffToken[]): void {
  for (const word of sourceWords(source, from, to)) {
    out.push({ start: word.start, end: word.end, key: word.text.toLocaleLowerCase() });
  }
}

/**
 * The words of `span` in reading order, for the pair diff only. Atoms (name variants) become one
 * token each, so two spellings of one name compare as equal rather than as an edit.
 */
export function diffTokens(source: Source, span: Span, atoms: readonly DiffAtom[]): DiffToken[] {
  const tokens: DiffToken[] = [];
  let cursor = span.start;
  const inside = atoms
    .filter((a) => a.start >= span.start && a.end <= span.end)
    .toSorted((a, b) => a.start - b.start);
  for (const atom of inside) {
    if (atom.start < cursor) continue; // overlapping atoms: keep the first
    words(source, cursor, atom.start, tokens);
    tokens.push({ start: atom.start, end: atom.end, key: atom.key });
    cursor = atom.end;
  }
  words(source, cursor, span.end, tokens);
  return tokens;
}

/** Consecutive token runs as spans (the gap between two changed words is part of the change). */
function runsToSpans(runs: readonly (readonly DiffToken[])[]): Span[] {
  return runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    return first && last ? [{ start: first.start, end: last.end }] : [];
  });
}

export interface WordDiff {
  /** Words of the first side that the second does not use. */
  readonly onlyFirst: readonly Span[];
  /** Words of the second side that the first does not use. */
  readonly onlySecond: readonly Span[];
  /** Token indices of the first side with no equal on the second side. */
  readonly changedFirst: ReadonlySet<number>;
  /** How many tokens of the second side have no equal on the first. */
  readonly changedSecondCount: number;
}

/** A word-level diff of two token lists (jsdiff's `diffArrays`, compared by key). */
export function wordDiff(first: readonly DiffToken[], second: readonly DiffToken[]): WordDiff {
  const changes = diffArrays([...first], [...second], { comparator: (a, b) => a.key === b.key });
  const onlyFirst: DiffToken[][] = [];
  const onlySecond: DiffToken[][] = [];
  const changedFirst = new Set<number>();
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      onlyFirst.push(first.slice(i, i + count));
      for (let k = i; k < i + count; k++) changedFirst.add(k);
      i += count;
    } else if (change.added) {
      onlySecond.push(second.slice(j, j + count));
      j += count;
    } else {
      i += count;
      j += count;
    }
  }
  return {
    onlyFirst: runsToSpans(onlyFirst),
    onlySecond: runsToSpans(onlySecond),
    changedFirst,
    changedSecondCount: j - (i - changedFirst.size),
  };
}

/** Groups token indices into spans of consecutive indices. */
export function indicesToSpans(tokens: readonly DiffToken[], indices: ReadonlySet<number>): Span[] {
  const runs: DiffToken[][] = [];
  let current: DiffToken[] = [];
  tokens.forEach((token, k) => {
    if (indices.has(k)) current.push(token);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  });
  if (current.length) runs.push(current);
  return runsToSpans(runs);
}
