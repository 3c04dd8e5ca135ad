import type { ReactNode } from "react";
import type { Place } from "../../../comparison/summary.ts";

interface PlaceLinkProps {
  readonly place: Place;
  readonly onNavigate: (place: Place) => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A link to a sentence in the reader; moves focus there instead of changing the URL. Extra words
 * for screen readers go in `sr-only` children, never `aria-label`, so the visible text stays
 * part of the link's name.
 */
export function PlaceLink({ place, onNavigate, className, children }: PlaceLinkProps) {
  return (
    <a
      href={`#s-${place.sentenceId}`}
      className={
        className ??
        "underline decoration-rule decoration-1 underline-offset-3 hover:decoration-active"
      }
      onClick={(event) => {
        event.preventDefault();
        onNavigate(place);
      }}
    >
      {children}
    </a>
  );
}
