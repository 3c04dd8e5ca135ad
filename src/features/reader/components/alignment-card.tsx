import type { Span } from "../../../analysis/types.ts";
import {
  sliceText,
  type ComparisonIndex,
  type LocatedSentence,
} from "../../../comparison/comparison-index.ts";
import { pairDiff } from "../model/pair-diff.ts";
import { sentenceRuns } from "../model/sentence-runs.ts";
import type { DiffAtom } from "../model/word-diff.ts";
import { coveragePhrase, sentenceCoverage } from "../../../comparison/coverage.ts";
import { ALIGNMENT_KIND_LABEL, excerpt, percent } from "../../../comparison/wording.ts";
import { TextPartView } from "./text-part.tsx";
import { describeStatement, statementsIn } from "../../../comparison/who-said-what.ts";

/** A sentence's words with its differences from the other side highlighted. */
function DiffedSentence({
  index,
  sentenceId,
  diff,
}: {
  readonly index: ComparisonIndex;
  readonly sentenceId: string;
  readonly diff: readonly Span[];
}) {
  const located = index.sentence(sentenceId);
  if (!located) return null;
  const runs = sentenceRuns(located.sentence, [], diff);
  return (
    <p className="font-reading text-[0.9375rem] leading-relaxed text-ink">
      {runs.flatMap((run) =>
        run.parts.map((part) => (
          <TextPartView key={part.start} source={located.source} part={part} />
        )),
      )}
    </p>
  );
}

/** "Show in B →": the button that takes the reader to a sentence in its column. */
function ShowIn({
  located,
  onGoTo,
  className = "",
}: {
  readonly located: LocatedSentence;
  readonly onGoTo: () => void;
  readonly className?: string;
}) {
  return (
    <button
      type="button"
      className={`${className} text-xs font-semibold text-link underline-offset-2 hover:underline`}
      onClick={onGoTo}
    >
      Show in {located.source.name} →
    </button>
  );
}

interface AlignmentCardProps {
  readonly index: ComparisonIndex;
  readonly atoms: ReadonlyMap<string, readonly DiffAtom[]>;
  readonly sentenceId: string;
  readonly headingId: string;
  readonly onGoTo: (target: {
    readonly sentenceId: string;
    readonly span: Span | undefined;
  }) => void;
}

/** A sentence and each aligned partner side by side, with the exact wording differences. */
export function AlignmentCard({ index, atoms, sentenceId, headingId, onGoTo }: AlignmentCardProps) {
  const self = index.sentence(sentenceId);
  if (!self) return null;
  const partners = index.partners(sentenceId);
  const related = index.related(sentenceId);
  const alignments = index.alignmentsOf(sentenceId);
  const coverage = index.sources.length > 2 ? sentenceCoverage(index, sentenceId) : undefined;
  const said = statementsIn(index, sentenceId);

  return (
    <article className="space-y-4" data-explanation="alignment">
      <header className="pr-20">
        <h3 id={headingId} className="font-sans text-[0.9375rem] font-semibold text-ink">
          {partners.length > 0
            ? `Aligned with ${partners.length} sentence${partners.length === 1 ? "" : "s"} elsewhere`
            : "No other source reports this in other words"}
        </h3>
        {coverage ? (
          <p className="text-sm text-ink" data-coverage="">
            {coveragePhrase(coverage)}.
          </p>
        ) : null}
        {said.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-sm text-ink" data-said-explanation="">
            {said.map(({ entry, statement }) => (
              <li key={statement.key}>{describeStatement(index, entry, statement)}</li>
            ))}
          </ul>
        ) : null}
        {partners.length > 0 ? (
          <p className="text-xs text-muted">
            Highlighted words differ between the two; name variants count as the same.
          </p>
        ) : null}
      </header>
      {partners.map((partnerId) => {
        const partner = index.sentence(partnerId);
        if (!partner) return null;
        const alignment = alignments.find((a) => a.sentences.includes(partnerId));
        const diff = pairDiff(index, atoms, sentenceId, partnerId);
        return (
          <section key={partnerId} className="rounded-lg border border-rule" data-pair={partnerId}>
            <p className="flex flex-wrap items-baseline gap-x-2 border-b border-rule px-3 py-1.5 text-xs text-muted">
              <span className="font-semibold text-ink">
                {alignment ? ALIGNMENT_KIND_LABEL[alignment.kind] : "Aligned"}
              </span>
              {alignment ? <span>similarity {percent(alignment.score)}</span> : null}
            </p>
            <div className="grid gap-3 px-3 py-2.5 sm:grid-cols-2">
              <div>
                <p className="mb-0.5 text-xs font-semibold text-muted">{self.source.name}</p>
                <DiffedSentence index={index} sentenceId={sentenceId} diff={diff.first} />
              </div>
              <div>
                <p className="mb-0.5 text-xs font-semibold text-muted">{partner.source.name}</p>
                <DiffedSentence index={index} sentenceId={partnerId} diff={diff.second} />
                <ShowIn
                  className="mt-1.5"
                  located={partner}
                  onGoTo={() => onGoTo({ sentenceId: partnerId, span: undefined })}
                />
              </div>
            </div>
          </section>
        );
      })}
      {related.length > 0 ? (
        <details
          data-related=""
          open={partners.length === 0}
          className="group rounded-lg border border-dashed border-rule"
        >
          <summary className="cursor-pointer px-3 py-1.5 text-xs font-semibold text-ink">
            {related.length} related sentence{related.length === 1 ? "" : "s"} elsewhere, not as
            close
          </summary>
          <ul className="space-y-1.5 px-3 pb-2.5">
            {related.map((relatedId) => {
              const other = index.sentence(relatedId);
              if (!other) return null;
              return (
                <li
                  key={relatedId}
                  className="text-sm text-muted"
                  data-related-sentence={relatedId}
                >
                  <span className="font-semibold text-ink">{other.source.name}: </span>
                  {excerpt(sliceText(other.source, other.sentence), 140)}{" "}
                  <ShowIn
                    located={other}
                    onGoTo={() => onGoTo({ sentenceId: relatedId, span: undefined })}
                  />
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
