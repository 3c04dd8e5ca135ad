import type { Sentence, Source } from "../../../analysis/types.ts";
import { joinNames } from "../model/wording.ts";
import type { ColumnState } from "./column-props.ts";
import { SentenceText } from "./sentence-text.tsx";

const NO_MARKS: readonly never[] = [];

/** Picks this sentence's slice of the reader's state, so the memoised sentence sees stable props. */
export function SentenceSlot({
  state,
  source,
  sentence,
}: {
  readonly state: ColumnState;
  readonly source: Source;
  readonly sentence: Sentence;
}) {
  const { index } = state;
  const partners = index.partners(sentence.id);
  const partnerNames = joinNames([
    ...new Set(partners.map((id) => index.sentence(id)?.source.name ?? "")),
  ]);
  const unique = state.showUnique && index.isUnique(sentence.id);
  return (
    <SentenceText
      sentence={sentence}
      sourceId={source.id}
      text={source.text}
      marks={state.marks.get(sentence.id) ?? NO_MARKS}
      state={
        state.activeId === sentence.id
          ? "active"
          : state.partnerIds.has(sentence.id)
            ? "partner"
            : undefined
      }
      diff={state.diffRanges.get(sentence.id)}
      uniqueIn={unique ? source.name : undefined}
      pairNumbers={
        partners.length > 0 ? (state.pairNumbers.get(sentence.id) ?? NO_MARKS) : NO_MARKS
      }
      partnerNames={partnerNames}
      tabbable={state.tabbableId === sentence.id}
      openMarkIds={state.openMarkIds}
      actions={state.actions}
    />
  );
}
