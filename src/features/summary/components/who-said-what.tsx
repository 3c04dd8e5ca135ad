import { useState } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { Place } from "../../../comparison/summary.ts";
import type {
  Carriage,
  SpeakerEntry,
  SpeakerTally,
  Statement,
} from "../../../comparison/who-said-what.ts";
import { PlaceLink } from "./place-link.tsx";
import { Nothing, SummarySection } from "./summary-section.tsx";

/** Told apart by glyph as well as words: the cells are too narrow for words with six sources. */
const GLYPH: Readonly<Record<Carriage, string>> = {
  quoted: "“”",
  "partly quoted": "“≈",
  paraphrased: "≈",
};

const SAYING: Readonly<Record<Carriage, string>> = {
  quoted: "quotes it",
  "partly quoted": "quotes it in part",
  paraphrased: "gives it in its own words",
};

const letter = (column: number): string => String.fromCharCode(65 + (column % 26));

/** How many speakers are open when the table first shows. */
const OPEN_AT_FIRST = 1;

function Key({ index }: { readonly index: ComparisonIndex }) {
  return (
    <div className="mb-2 space-y-1 text-xs leading-snug text-muted">
      <p>
        {index.sources.map((source, column) => (
          <span key={source.id} className="mr-3 inline-flex items-baseline gap-1">
            <span aria-hidden="true" className="said-letter">
              {letter(column)}
            </span>
            <bdi>{source.name}</bdi>
          </span>
        ))}
      </p>
      <p aria-hidden="true">
        <span className="said-glyph">{GLYPH.quoted}</span> quoted ·{" "}
        <span className="said-glyph">{GLYPH["partly quoted"]}</span> partly quoted ·{" "}
        <span className="said-glyph">{GLYPH.paraphrased}</span> in its own words ·{" "}
        <span className="said-glyph">—</span> not reported
      </p>
    </div>
  );
}

function TallyCell({
  tally,
  sourceName,
  speaker,
  place,
  onNavigate,
}: {
  readonly tally: SpeakerTally;
  readonly sourceName: string;
  readonly speaker: string;
  readonly place: Place | undefined;
  readonly onNavigate: (place: Place) => void;
}) {
  if (!place || tally.quoted + tally.paraphrased === 0)
    return (
      <span className="said-glyph text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">
          <bdi>{sourceName}</bdi> reports nothing from <bdi>{speaker}</bdi>
        </span>
      </span>
    );
  const said = [
    tally.quoted > 0 ? `quotes ${tally.quoted}` : "",
    tally.paraphrased > 0 ? `gives ${tally.paraphrased} in its own words` : "",
  ].filter((s) => s !== "");
  return (
    <PlaceLink place={place} onNavigate={onNavigate} className="said-link">
      {/* The two counts wrap onto two lines where a column is narrow (six sources). */}
      <span aria-hidden="true" className="said-tally">
        {tally.quoted > 0 ? (
          <span className="said-glyph">
            {GLYPH.quoted}
            {tally.quoted}
          </span>
        ) : null}
        {tally.paraphrased > 0 ? (
          <span className="said-glyph">
            {GLYPH.paraphrased}
            {tally.paraphrased}
          </span>
        ) : null}
      </span>
      <span className="sr-only">
        <bdi>{sourceName}</bdi> {said.join(" and ")} of <bdi>{speaker}</bdi>
        &rsquo;s statements; show the first
      </span>
    </PlaceLink>
  );
}

function StatementRow({
  id,
  index,
  statement,
  onNavigate,
}: {
  /** The first statement row carries the id the speaker's toggle controls. */
  readonly id: string | undefined;
  readonly index: ComparisonIndex;
  readonly statement: Statement;
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <tr id={id} className="said-statement align-top">
      <th
        scope="row"
        className="py-1 pr-2 pl-4 text-left text-xs leading-snug font-normal text-muted"
      >
        <q>{statement.excerpt}</q>
      </th>
      {index.sources.map((source, column) => {
        const carriage = statement.cells[column]?.carriage;
        const place = statement.cells[column]?.places[0];
        return (
          <td key={source.id} className="py-1 text-center" data-carriage={carriage ?? "none"}>
            {carriage && place ? (
              <PlaceLink place={place} onNavigate={onNavigate} className="said-link">
                <span aria-hidden="true" className="said-glyph">
                  {GLYPH[carriage]}
                </span>
                <span className="sr-only">
                  <bdi>{source.name}</bdi> {SAYING[carriage]}; show where
                </span>
              </PlaceLink>
            ) : (
              <span className="said-glyph text-muted">
                <span aria-hidden="true">—</span>
                <span className="sr-only">
                  <bdi>{source.name}</bdi> does not report it
                </span>
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

function SpeakerRows({
  index,
  entry,
  open,
  onToggle,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly entry: SpeakerEntry;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onNavigate: (place: Place) => void;
}) {
  const count = entry.statements.length;
  const statementsId = `said-${entry.key.replace(/[^\w-]/g, "_")}`;
  return (
    <tbody className="border-t border-rule" data-speaker={entry.label}>
      <tr className="align-top">
        <th scope="row" className="py-2 pr-2 text-left font-medium text-ink">
          <button
            type="button"
            className="said-toggle"
            aria-expanded={open}
            aria-controls={open ? statementsId : undefined}
            onClick={onToggle}
          >
            <span aria-hidden="true" className="said-caret">
              {open ? "▾" : "▸"}
            </span>
            <bdi>{entry.label}</bdi>
          </button>
          <span className="block pl-4 text-xs font-normal text-muted">
            {count} {count === 1 ? "statement" : "statements"}
          </span>
          {open && entry.aliases.length > 0 ? (
            <span className="block pl-4 text-xs font-normal text-muted">
              also <bdi>{entry.aliases.join("; ")}</bdi>
            </span>
          ) : null}
        </th>
        {index.sources.map((source, column) => {
          const tally = entry.tally[column] ?? { quoted: 0, paraphrased: 0 };
          const place = entry.statements.flatMap((s) => s.cells[column]?.places ?? [])[0];
          return (
            <td key={source.id} className="py-2 text-center">
              <TallyCell
                tally={tally}
                sourceName={source.name}
                speaker={entry.label}
                place={place}
                onNavigate={onNavigate}
              />
            </td>
          );
        })}
      </tr>
      {open
        ? entry.statements.map((statement, k) => (
            <StatementRow
              key={statement.key}
              id={k === 0 ? statementsId : undefined}
              index={index}
              statement={statement}
              onNavigate={onNavigate}
            />
          ))
        : null}
    </tbody>
  );
}

/**
 * Who said what: one row per speaker (however each source names them), one column per source,
 * and under each speaker the statements lined up across the sources: quoted, partly quoted, in
 * the source's own words, or not reported.
 */
export function WhoSaidWhat({
  index,
  entries,
  onNavigate,
}: {
  readonly index: ComparisonIndex;
  readonly entries: readonly SpeakerEntry[];
  readonly onNavigate: (place: Place) => void;
}) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(
    () => new Set(entries.slice(0, OPEN_AT_FIRST).map((e) => e.key)),
  );
  const toggle = (key: string): void =>
    setOpened((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <SummarySection
      id="summary-said"
      title="Who said what"
      hint="Each speaker's statements, and what each source does with them."
    >
      {entries.length === 0 ? (
        <Nothing>No one is reported as saying anything.</Nothing>
      ) : (
        <>
          <Key index={index} />
          <table className="said-table w-full table-fixed text-[0.8125rem]">
            <caption className="sr-only">
              Who said what: speakers, and what each source reports of their statements
            </caption>
            <colgroup>
              <col className="said-speaker-col" />
              {index.sources.map((s) => (
                <col key={s.id} />
              ))}
            </colgroup>
            <thead>
              <tr className="text-xs text-muted">
                <th scope="col" className="pb-1.5 text-left font-semibold">
                  Speaker
                </th>
                {index.sources.map((source, column) => (
                  <th key={source.id} scope="col" className="pb-1.5 text-center font-semibold">
                    <span aria-hidden="true" className="said-letter" title={source.name}>
                      {letter(column)}
                    </span>
                    <span className="sr-only">
                      <bdi>{source.name}</bdi>
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {entries.map((entry) => (
              <SpeakerRows
                key={entry.key}
                index={index}
                entry={entry}
                open={opened.has(entry.key)}
                onToggle={() => toggle(entry.key)}
                onNavigate={onNavigate}
              />
            ))}
          </table>
        </>
      )}
    </SummarySection>
  );
}
