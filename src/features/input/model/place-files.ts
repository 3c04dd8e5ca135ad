import type { Result } from "../../../lib/result.ts";
import { emptySource, MAX_SOURCES, updateSource, type Draft, type DraftSource } from "./draft.ts";
import { fileProblemMessage, type FileProblem, type LoadedFile } from "./read-file.ts";
import { withFile } from "./source-text.ts";

export interface PlacedFiles {
  readonly draft: Draft;
  /** Every source a file went to (its old file message no longer applies). */
  readonly targets: readonly string[];
  /** Messages for files that could not be loaded, by source key; the text there is untouched. */
  readonly errors: ReadonlyMap<string, string>;
  /** The sources as they were before a file replaced their text, for Undo. */
  readonly replaced: ReadonlyMap<string, DraftSource>;
  /** Names of files left out because the comparison was already full. */
  readonly skipped: readonly string[];
}

/**
 * Puts loaded files into the form: the first into the source they were dropped on, the next
 * into empty sources after it, then into new sources up to the maximum. Pure, so the form can
 * apply the result in one go.
 */
export function placeFiles(
  draft: Draft,
  key: string,
  files: readonly { readonly name: string }[],
  results: readonly Result<LoadedFile, FileProblem>[],
): PlacedFiles {
  let next = draft;
  const start = next.sources.findIndex((s) => s.key === key);
  const targets: string[] = [];
  const errors = new Map<string, string>();
  const replaced = new Map<string, DraftSource>();
  const skipped: string[] = [];

  results.forEach((result, k) => {
    let target: string | undefined = k === 0 && start >= 0 ? key : undefined;
    if (target === undefined) {
      const empty = next.sources.find(
        (s, position) => position > start && s.text.trim() === "" && !targets.includes(s.key),
      );
      if (empty) target = empty.key;
      else if (next.sources.length < MAX_SOURCES) {
        const added = emptySource();
        next = { sources: [...next.sources, added] };
        target = added.key;
      } else {
        skipped.push(files[k]?.name ?? "a file");
        return;
      }
    }
    targets.push(target);
    if (!result.ok) {
      errors.set(target, fileProblemMessage(result.error));
      return;
    }
    const previous = next.sources.find((s) => s.key === target);
    if (previous && previous.text.trim() !== "") replaced.set(target, previous);
    next = updateSource(next, target, (s) => withFile(s, result.value));
  });
  return { draft: next, targets, errors, replaced, skipped };
}
