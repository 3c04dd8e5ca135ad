import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { LiveStore } from "../model/live-state.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { SentenceAttributions } from "../../../comparison/who-said-what.ts";
import type { ReaderActions } from "./reader-actions.ts";

/**
 * What every column reads from the reader; one object, rebuilt only when the comparison or what
 * is shown changes. What changes with the pointer and focus is in `live`, read per sentence.
 */
export interface ColumnState {
  readonly index: ComparisonIndex;
  /** Visible marks per sentence id. */
  readonly marks: ReadonlyMap<string, readonly Mark[]>;
  readonly pairNumbers: ReadonlyMap<string, readonly number[]>;
  /** Per sentence id, the attributions whose cue it holds: words to light, and who speaks. */
  readonly attributions: ReadonlyMap<string, SentenceAttributions>;
  readonly showUnique: boolean;
  readonly showRemoved: boolean;
  readonly live: LiveStore;
  readonly actions: ReaderActions;
}
