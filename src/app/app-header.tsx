import { Fragment, type MouseEvent, type ReactNode } from "react";
import { Kbd } from "../ui/kbd.tsx";

interface AppHeaderProps {
  readonly title: string;
  readonly date?: string | undefined;
  readonly about?: string | undefined;
  readonly sourceNames?: readonly string[] | undefined;
  /** Goes to the home page (the logo is a link to it). */
  readonly onHome: () => void;
  /** Buttons for this page (new, open, share, export). */
  readonly actions?: ReactNode;
  readonly onShowShortcuts?: (() => void) | undefined;
}

const HEADER_BUTTON_SHAPE =
  "inline-flex items-center rounded-md border px-2.5 py-1 text-xs font-semibold whitespace-nowrap";
/** Shared look of the small buttons in the header. */
export const HEADER_BUTTON = `${HEADER_BUTTON_SHAPE} border-rule bg-panel text-ink hover:border-muted/60 hover:bg-ink/5`;
/** The one action that leads somewhere new. */
export const HEADER_PRIMARY = `${HEADER_BUTTON_SHAPE} border-ink bg-ink text-paper hover:opacity-90`;

function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const parsed = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(parsed.getTime())
    ? date
    : parsed.toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
}

/** The app's name (a way home), what is on screen, and what can be done with it. */
export function AppHeader({
  title,
  date,
  about,
  sourceNames,
  onHome,
  actions,
  onShowShortcuts,
}: AppHeaderProps) {
  const when = formatDate(date);
  const goHome = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onHome();
  };
  return (
    <header
      className="border-b border-rule bg-paper px-4 py-3 sm:px-6 lg:py-2.5"
      data-app-header=""
    >
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2.5">
        <a
          href="./"
          onClick={goHome}
          className="flex shrink-0 items-center gap-2 pt-0.5 font-sans text-sm font-bold tracking-tight text-ink"
        >
          <img src="favicon.svg" alt="" width={18} height={18} />
          Parallax
        </a>
        <div className="min-w-0 flex-1 basis-48 border-l border-rule pl-4">
          <h1 className="font-reading text-[1.0625rem] leading-snug font-semibold text-ink lg:truncate">
            {title}
          </h1>
          {sourceNames && sourceNames.length > 0 ? (
            <p className="mt-0.5 text-xs leading-snug text-muted lg:truncate" title={about}>
              {/* Each name isolated, so a right-to-left name cannot swap the order of the list. */}
              {sourceNames.map((name, k) => (
                <Fragment key={k}>
                  {k > 0 ? " · " : null}
                  <bdi>{name}</bdi>
                </Fragment>
              ))}
              {when ? (
                <>
                  {" "}
                  — <time dateTime={date}>{when}</time>
                </>
              ) : null}
              {about ? <span className="hidden xl:inline"> — {about}</span> : null}
            </p>
          ) : null}
        </div>
        {actions || onShowShortcuts ? (
          <div
            className="flex w-full flex-wrap items-center gap-1.5 sm:w-auto print:hidden"
            data-header-actions=""
          >
            {actions}
            {onShowShortcuts ? (
              <button
                type="button"
                onClick={onShowShortcuts}
                className="hidden shrink-0 items-center gap-2 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-ink/5 hover:text-ink sm:inline-flex"
              >
                Shortcuts <Kbd>?</Kbd>
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </header>
  );
}
