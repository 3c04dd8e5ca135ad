import type { Span } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../model/comparison-index.ts";
import type { Mark } from "../model/marks.ts";
import type { ReaderActions } from "./reader-actions.ts";

/** What every column reads from the reader; one object, rebuilt when any of it changes. */
export interface ColumnState {
  readonly index: ComparisonIndex;
  /** Visible marks per sentence id. */
  readonly marks: ReadonlyMap<string, readonly Mark[]>;
  readonly pairNumbers: ReadonlyMap<string, readonly number[]>;
  readonly showUnique: boolean;
  readonly showRemoved: boolean;
  readonly activeId: string | undefined;
  readonly partnerIds: ReadonlySet<string>;
  readonly diffRanges: ReadonlyMap<string, readonly Span[]>;
  readonly tabbableId: string | undefined;
  readonly openMarkIds: ReadonlySet<string> | undefined;
  readonly actions: ReaderActions;
}
