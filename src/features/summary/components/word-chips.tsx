import { framingCategoryInfo } from "../../../comparison/layers.ts";
import type { Place, WordUse } from "../../../comparison/summary.ts";
import { PlaceLink } from "./place-link.tsx";

/** Framing words as small links, each marked like it is in the text, repeats counted. */
export function WordChips({
  words,
  onNavigate,
}: {
  readonly words: readonly WordUse[];
  readonly onNavigate: (place: Place) => void;
}) {
  return (
    <ul className="flex flex-wrap gap-x-2.5 gap-y-1.5">
      {words.map((use) => {
        const [first] = use.places;
        if (!first) return null;
        const info = framingCategoryInfo(use.category);
        return (
          <li key={`${use.word}|${use.voice}|${use.category}`}>
            <PlaceLink
              place={first}
              onNavigate={onNavigate}
              className="font-reading text-[0.9375rem] text-ink hover:opacity-80"
            >
              <span className={`mk mk-framing cat-${use.category}`}>
                {use.word}
                <span className="glyph" aria-hidden="true">
                  {info.glyph}
                </span>
              </span>
              {use.places.length > 1 ? (
                <span className="ml-0.5 font-sans text-xs text-muted">×{use.places.length}</span>
              ) : null}
              <span className="sr-only"> ({info.label.toLowerCase()})</span>
            </PlaceLink>
          </li>
        );
      })}
    </ul>
  );
}
