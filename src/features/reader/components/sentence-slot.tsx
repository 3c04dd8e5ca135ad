import { memo, useCallback, useSyncExternalStore } from "react";
import type { Sentence, Source } from "../../../analysis/types.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { coveragePhrase, sentenceCoverage } from "../../../comparison/coverage.ts";
import { sentenceLive, type LiveStore, type SentenceLive } from "../model/live-state.ts";
import { joinNames } from "../../../comparison/wording.ts";
import type { ColumnState } from "./column-props.ts";
import { SentenceText } from "./sentence-text.tsx";

const NO_MARKS: readonly never[] = [];

/**
 * Where the partners are, for a screen reader: "Iran Front Page sentence 3", "Tellam Post
 * sentences 2, 4 and Northern Dispatch sentence 1". Each source's sentences are counted in
 * reading order, its headline being sentence 1.
 */
function partnerPlaces(index: ComparisonIndex, partners: readonly string[]): string {
  const bySource = new Map<string, { name: string; numbers: number[] }>();
  for (const id of partners) {
    const located = index.sentence(id);
    if (!located) continue;
    const entry = bySource.get(located.source.id) ?? { name: located.source.name, numbers: [] };
    entry.numbers.push(located.order + 1);
    bySource.set(located.source.id, entry);
  }
  return joinNames(
    [...bySource.values()].map(
      ({ name, numbers }) =>
        `${name} sentence${numbers.length > 1 ? "s" : ""} ${numbers.join(", ")}`,
    ),
  );
}

/** This sentence's share of the live state; re-renders only when that share changes. */
function useSentenceLive(live: LiveStore, id: string): SentenceLive {
  const subscribe = useCallback((listener: () => void) => live.subscribe(id, listener), [live, id]);
  const version = () => live.version(id);
  useSyncExternalStore(subscribe, version, version);
  return sentenceLive(live.get(), id);
}

/**
 * Picks this sentence's slice of the reader's state, so the memoised sentence sees stable props.
 * Memoised itself: a paragraph re-renders it only when the column state changes (layers, the
 * comparison), and the pointer or focus only through its live share.
 */
export const SentenceSlot = memo(function SentenceSlot({
  state,
  source,
  sentence,
}: {
  readonly state: ColumnState;
  readonly source: Source;
  readonly sentence: Sentence;
}) {
  const { index } = state;
  const live = useSentenceLive(state.live, sentence.id);
  const partners = index.partners(sentence.id);
  const partnerNames = joinNames([
    ...new Set(partners.map((id) => index.sentence(id)?.source.name ?? "")),
  ]);
  const unique = state.showUnique && index.isUnique(sentence.id);
  // With three or more sources, say which carry it and which do not ("In A and B but not C").
  const coverage =
    partners.length > 0 && index.sources.length > 2
      ? sentenceCoverage(index, sentence.id)
      : undefined;
  return (
    <SentenceText
      sentence={sentence}
      sourceId={source.id}
      source={source}
      marks={state.marks.get(sentence.id) ?? NO_MARKS}
      state={live.state}
      diff={live.diff}
      attributed={state.attributions.get(sentence.id)}
      uniqueIn={unique ? source.name : undefined}
      pairNumbers={
        partners.length > 0 ? (state.pairNumbers.get(sentence.id) ?? NO_MARKS) : NO_MARKS
      }
      partnerNames={partnerNames}
      partnerPlaces={partners.length > 0 ? partnerPlaces(index, partners) : ""}
      coverage={coverage ? coveragePhrase(coverage) : undefined}
      missingLetters={
        coverage?.absent.map((s) => String.fromCharCode(65 + index.column(s.id))).join(" ") ?? ""
      }
      tabbable={live.tabbable}
      openMarkIds={live.openMarkIds}
      actions={state.actions}
    />
  );
});
