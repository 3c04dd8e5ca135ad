import type { ReactNode } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { CheckResult } from "../model/check.ts";
import { passageExcerpt } from "../model/passages.ts";
import { tagKindInfo } from "../model/tag-kinds.ts";
import type { Passage } from "../model/types.ts";
import { TermButton } from "./glossary.tsx";
import { LINK_BUTTON } from "./styles.ts";
import { TagBadge } from "./tag-badge.tsx";

interface CheckResultsProps {
  readonly index: ComparisonIndex;
  readonly result: CheckResult;
  readonly onShow: (passage: Passage) => void;
  /** Whose reading it is: "your" for the student, the student's name on a handed-in copy. */
  readonly whose: string;
}

function Group({
  title,
  count,
  intro,
  children,
  name,
}: {
  readonly title: string;
  readonly count: number;
  readonly intro?: string | undefined;
  readonly children: ReactNode;
  readonly name: string;
}) {
  return (
    <details open className="group rounded-lg border border-rule bg-paper" data-result-group={name}>
      <summary className="cursor-pointer list-none px-3 py-2 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="mr-1.5 inline-block text-muted transition-transform group-open:rotate-90"
        >
          ▸
        </span>
        {title} <span className="font-normal text-muted">({count})</span>
      </summary>
      <div className="border-t border-rule px-3 py-2.5">
        {intro ? <p className="mb-2 text-sm leading-relaxed text-ink">{intro}</p> : null}
        {count === 0 ? (
          <p className="text-sm text-muted">None.</p>
        ) : (
          <ul className="space-y-2.5">{children}</ul>
        )}
      </div>
    </details>
  );
}

/** "Check my reading": a tally per kind, then found, missed, and the student's own catches. */
export function CheckResults({ index, result, onShow, whose }: CheckResultsProps) {
  const show = (passage: Passage | undefined, label: string) =>
    passage ? (
      <button type="button" className={LINK_BUTTON} onClick={() => onShow(passage)}>
        Show in {index.sourceName(passage.source)}
        <span className="sr-only">: {label}</span>
      </button>
    ) : null;
  return (
    <div className="space-y-3" data-check-results="">
      <table className="w-full border-collapse text-sm" data-tally="">
        <caption className="mb-1.5 text-left text-xs text-muted">
          Tally by kind: found and missed of Parallax's marks, and {whose} own catches.
        </caption>
        <thead>
          <tr className="border-b border-rule text-left text-xs text-muted">
            <th scope="col" className="py-1 pr-2 font-semibold">
              Kind
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              Found
            </th>
            <th scope="col" className="px-1 py-1 text-right font-semibold">
              Missed
            </th>
            <th scope="col" className="py-1 pl-1 text-right font-semibold">
              Own
            </th>
          </tr>
        </thead>
        <tbody>
          {result.tally.map((row) => (
            <tr key={row.kind} className="border-b border-rule/60" data-tally-row={row.kind}>
              <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                <TagBadge kind={row.kind} short />
              </th>
              <td className="px-1 text-right tabular-nums" data-found={row.found}>
                {row.found}
              </td>
              <td className="px-1 text-right tabular-nums" data-missed={row.missed}>
                {row.missed}
              </td>
              <td className="pl-1 text-right tabular-nums" data-own={row.own}>
                {row.own}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <Group title="Found" count={result.found.length} name="found">
        {result.found.map(({ item, tags }) => (
          <li key={item.id} data-result="found">
            <TagBadge kind={item.kind} short />
            <p className="mt-0.5 font-reading text-[0.9375rem] leading-snug text-ink">
              “{item.title}”
            </p>
            <p className="mt-0.5 text-sm leading-relaxed text-muted">{item.detail}</p>
            {tags.some((t) => t.note) ? (
              <p className="mt-0.5 text-sm text-ink">
                Note:{" "}
                {tags
                  .map((t) => t.note)
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap items-center gap-3">
              {show(item.places[0], item.title)}
              <TermButton term={tagKindInfo(item.kind).term} />
            </p>
          </li>
        ))}
      </Group>

      <Group
        title="Missed"
        count={result.missed.length}
        name="missed"
        intro={
          result.missed.length > 0
            ? "Marked by Parallax and not tagged. Look at each: do you agree with it?"
            : undefined
        }
      >
        {result.missed.map((item) => (
          <li key={item.id} data-result="missed">
            <TagBadge kind={item.kind} short />
            <p className="mt-0.5 font-reading text-[0.9375rem] leading-snug text-ink">
              “{item.title}”
            </p>
            <p className="mt-0.5 text-sm leading-relaxed text-muted">{item.detail}</p>
            <p className="mt-1 flex flex-wrap items-center gap-3">
              {show(item.places[0], item.title)}
              <TermButton term={tagKindInfo(item.kind).term} />
            </p>
          </li>
        ))}
      </Group>

      <Group
        title={whose === "your" ? "Your own catches" : "Own catches"}
        count={result.own.length}
        name="own"
        intro={
          result.own.length > 0
            ? "Tagged, and not marked by Parallax. That does not make them wrong: Parallax misses things too, and any of these may be a fine catch. Say why in the note, and talk it over in class."
            : undefined
        }
      >
        {result.own.map(({ tag, markedAs }) => (
          <li key={tag.id} data-result="own">
            <TagBadge kind={tag.kind} short />
            <p className="mt-0.5 font-reading text-[0.9375rem] leading-snug text-ink">
              “{passageExcerpt(index, tag, 160)}”
            </p>
            {tag.note ? <p className="mt-0.5 text-sm text-ink">Note: {tag.note}</p> : null}
            {markedAs.length > 0 ? (
              <p className="mt-0.5 text-sm text-muted">
                Parallax marks these words as{" "}
                {markedAs.map((k) => tagKindInfo(k).label.toLowerCase()).join(" and ")}.
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap items-center gap-3">
              {show(tag, passageExcerpt(index, tag, 40))}
              <TermButton term={tagKindInfo(tag.kind).term} />
            </p>
          </li>
        ))}
      </Group>
    </div>
  );
}
