import { memo } from "react";
import type { Sentence, Source, Span } from "../../../analysis/types.ts";
import type { Mark } from "../../../comparison/marks.ts";
import type { SentenceAttributions } from "../../../comparison/who-said-what.ts";
import { sentenceRuns } from "../model/sentence-runs.ts";
import { joinNames } from "../../../comparison/wording.ts";
import { MarkCluster } from "./mark-cluster.tsx";
import type { ReaderActions } from "./reader-actions.ts";
import { TextPartView } from "./text-part.tsx";

export interface SentenceTextProps {
  readonly sentence: Sentence;
  readonly sourceId: string;
  /** The sentence's source: its text is printed as the engine read it. */
  readonly source: Source;
  /** Visible marks touching this sentence. */
  readonly marks: readonly Mark[];
  readonly state: "active" | "partner" | undefined;
  /** Word differences to show while this sentence's pair is active. */
  readonly diff: readonly Span[] | undefined;
  /** The attributions whose cue it holds: cue and speaker words lit while it is active. */
  readonly attributed: SentenceAttributions | undefined;
  /** Set when the unique layer is on and no other source carries the sentence. */
  readonly uniqueIn: string | undefined;
  /** Alignment numbers shared with its partners; empty when unaligned. */
  readonly pairNumbers: readonly number[];
  /** Names of the sources its partners are in. */
  readonly partnerNames: string;
  /** Its partners by source and position ("Iran Front Page sentence 3"), for screen readers. */
  readonly partnerPlaces: string;
  /** With three or more sources: which carry it, e.g. "In A and B but not C". */
  readonly coverage: string | undefined;
  /** Column letters of the sources that do not carry it ("C"), shown on the pair chip. */
  readonly missingLetters: string;
  /** The one sentence of the reader in the tab order (roving tab index). */
  readonly tabbable: boolean;
  /** Mark ids of the explanation that is open, to set `aria-expanded`. */
  readonly openMarkIds: ReadonlySet<string> | undefined;
  readonly actions: ReaderActions;
}

/** Numbers a pair chip shows before it says "+3": with six sources a sentence can have dozens. */
const MAX_CHIP_NUMBERS = 4;

/** One sentence as printed, with its marks, alignment state and word differences. */
export const SentenceText = memo(function SentenceText({
  sentence,
  sourceId,
  source,
  marks,
  state,
  diff,
  attributed,
  uniqueIn,
  pairNumbers,
  partnerNames,
  partnerPlaces,
  coverage,
  missingLetters,
  tabbable,
  openMarkIds,
  actions,
}: SentenceTextProps) {
  const runs = sentenceRuns(sentence, marks, diff, attributed?.spans);
  const aligned = pairNumbers.length > 0;
  const descriptionId = `desc-${sentence.id}`;
  // Announced as a pair: the numbers both sentences show on their chips, then where the others are.
  const pairs = `${pairNumbers.length > 1 ? "Pairs" : "Pair"} ${joinNames(pairNumbers.map(String))}`;
  // Who it reports as speaking, as the highlight shows it to sighted readers: "Amina Okafor (said)".
  const saidBy =
    attributed && attributed.saidBy.length > 0
      ? `Reports ${joinNames([...new Set(attributed.saidBy.map((s) => `${s.speaker} (${s.cue})`))])}.`
      : "";
  const description = [
    aligned ? `${pairs}: aligned with ${partnerPlaces}.` : uniqueIn ? `Only in ${uniqueIn}.` : "",
    aligned && coverage ? `${coverage}.` : "",
    saidBy,
    aligned ? "Press Enter to compare." : "",
  ]
    .filter((part) => part !== "")
    .join(" ");

  return (
    // A sentence is a reading stop (roving tabindex), with Enter to compare it; a widget role
    // would make screen readers announce the prose as a control. The chip inside is the button.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- see above
    <span
      className="sentence"
      id={`s-${sentence.id}`}
      data-sentence-id={sentence.id}
      data-source={sourceId}
      data-aligned={aligned ? "true" : "false"}
      data-state={state}
      data-unique={uniqueIn ? "true" : undefined}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a reading stop, see above
      tabIndex={tabbable ? 0 : -1}
      aria-describedby={description ? descriptionId : undefined}
      onPointerEnter={() => actions.hover(sentence.id)}
      onPointerLeave={() => actions.hover(undefined)}
      onFocus={(event) =>
        actions.focusChanged(sentence.id, true, event.target === event.currentTarget)
      }
      onBlur={() => actions.focusChanged(sentence.id, false)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === "Enter" || event.key === " ") {
          if (!aligned && !uniqueIn) return;
          event.preventDefault();
          actions.explainSentence(sentence.id, event.currentTarget);
        }
      }}
    >
      {uniqueIn ? (
        <button
          type="button"
          className="inline-chip unique-chip"
          data-layer="unique"
          data-unique-chip=""
          aria-haspopup="dialog"
          onClick={(event) => {
            event.stopPropagation();
            actions.explainSentence(sentence.id, event.currentTarget);
          }}
        >
          Only in <bdi>{uniqueIn}</bdi>
        </button>
      ) : null}
      {runs.map((run) =>
        run.kind === "cluster" ? (
          <MarkCluster
            key={run.start}
            source={source}
            run={run}
            expanded={run.marks.some((m) => openMarkIds?.has(m.id) ?? false)}
            onActivate={actions.explainMarks}
          />
        ) : (
          run.parts.map((part) => <TextPartView key={part.start} source={source} part={part} />)
        ),
      )}
      {aligned ? (
        <button
          type="button"
          className="inline-chip pair-chip"
          data-pair-chip=""
          aria-haspopup="dialog"
          title={coverage}
          onClick={(event) => {
            event.stopPropagation();
            actions.explainSentence(sentence.id, event.currentTarget);
          }}
        >
          <span aria-hidden="true">⇄ </span>
          <span className="sr-only">{pairNumbers.length > 1 ? "Pairs " : "Pair "}</span>
          {pairNumbers.length > MAX_CHIP_NUMBERS
            ? `${pairNumbers.slice(0, MAX_CHIP_NUMBERS - 1).join(" · ")} +${pairNumbers.length - MAX_CHIP_NUMBERS + 1}`
            : pairNumbers.join(" · ")}
          {missingLetters ? (
            <span className="pair-missing" aria-hidden="true">
              {" "}
              · not {missingLetters}
            </span>
          ) : null}
          <span className="sr-only">
            : compare with {partnerNames}
            {coverage ? `; ${coverage}` : ""}
          </span>
        </button>
      ) : null}
      {description ? (
        <span id={descriptionId} hidden>
          {description}
        </span>
      ) : null}
    </span>
  );
});
