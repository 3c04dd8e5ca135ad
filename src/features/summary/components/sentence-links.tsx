import type { Place } from "../../../comparison/summary.ts";
import { PlaceLink } from "./place-link.tsx";

/** A list of sentences, each a link to its place in the reader. */
export function SentenceLinks({
  lines,
  onNavigate,
  hatched = false,
}: {
  readonly lines: readonly { readonly place: Place; readonly text: string }[];
  readonly onNavigate: (place: Place) => void;
  /** Hatched like the "only in" marks in the columns. */
  readonly hatched?: boolean;
}) {
  return (
    <ul className="space-y-1.5">
      {lines.map((line) => (
        <li
          key={line.place.sentenceId}
          className={`${hatched ? "hatch border-dashed " : ""}rounded-md border border-rule px-2.5 py-1.5`}
        >
          <PlaceLink
            place={line.place}
            onNavigate={onNavigate}
            className="block font-reading text-[0.875rem] leading-snug text-ink hover:underline"
          >
            {line.text}
          </PlaceLink>
        </li>
      ))}
    </ul>
  );
}
