import type { ReactNode, RefObject } from "react";
import type { Span } from "../../analysis/types.ts";
import type { ComparisonIndex } from "../../comparison/comparison-index.ts";
import type { Visibility } from "../../comparison/layers.ts";
import type { Mark } from "../../comparison/marks.ts";

/*
 * The classroom reads the reports in the reader, but features do not import each other: the app
 * hands the classroom a reader through this slot, and the classroom drives it through this
 * handle. Both mirror the reader's own props and handle, so the app passes them straight on.
 */

/** What the classroom asks of the reader: the reader's handle, as far as the classroom uses it. */
export interface ReaderControls {
  /** Scrolls to and focuses a sentence, or the marks at `span` in it. */
  goTo(target: { readonly sentenceId: string; readonly span: Span | undefined }): void;
  /** Next (1) or previous (-1) aligned sentence in the current column. */
  step(direction: 1 | -1): void;
  /** To a partner in the column to the right (1) or left (-1). */
  across(direction: 1 | -1): void;
}

/** What the classroom shows in the reader: the plain reports, or the comparison after the check. */
export interface ClassroomReaderProps {
  readonly ref: RefObject<ReaderControls | null>;
  readonly index: ComparisonIndex;
  readonly marks: readonly Mark[];
  readonly visibility: Visibility;
  /** Columns side by side, each scrolling on its own. */
  readonly wide: boolean;
}

/** Renders the reader for the classroom. */
export type RenderReader = (props: ClassroomReaderProps) => ReactNode;
