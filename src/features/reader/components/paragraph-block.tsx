import { Fragment, memo } from "react";
import type { Sentence, SentenceRole, Source } from "../../../analysis/types.ts";
import { gapText } from "../model/column-blocks.ts";
import type { ColumnState } from "./column-props.ts";
import { SentenceSlot } from "./sentence-slot.tsx";

/** Captions, bylines and labels are set apart from the body, as a page would print them. */
const ROLE_CLASS: Readonly<Record<SentenceRole | "body", string>> = {
  body: "mb-5",
  headline: "mb-5 font-semibold",
  caption:
    "mb-6 border-l-2 border-rule pl-3 font-sans text-[0.8125rem] leading-relaxed text-muted italic",
  byline: "mb-5 font-sans text-sm text-muted",
  label: "mb-4 font-sans text-xs font-semibold tracking-wider text-muted uppercase",
};

interface ParagraphBlockProps {
  readonly state: ColumnState;
  readonly source: Source;
  readonly sentences: readonly Sentence[];
  readonly role: SentenceRole | undefined;
}

/** Memoised: its props change only with the column state (layers, the comparison). */
export const ParagraphBlock = memo(function ParagraphBlock({
  state,
  source,
  sentences,
  role,
}: ParagraphBlockProps) {
  return (
    <p className={ROLE_CLASS[role ?? "body"]} data-role={role ?? "body"}>
      {sentences.map((sentence, k) => {
        const previous = sentences[k - 1];
        return (
          <Fragment key={sentence.id}>
            {previous ? gapText(source, previous, sentence) : null}
            <SentenceSlot state={state} source={source} sentence={sentence} />
          </Fragment>
        );
      })}
    </p>
  );
});
