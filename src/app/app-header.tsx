import { Kbd } from "../ui/kbd.tsx";

interface AppHeaderProps {
  readonly title: string;
  readonly date: string | undefined;
  readonly about: string | undefined;
  readonly sourceNames: readonly string[];
  readonly onShowShortcuts: () => void;
}

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

/** The app's name, what is being compared, and the way into the keyboard shortcuts. */
export function AppHeader({ title, date, about, sourceNames, onShowShortcuts }: AppHeaderProps) {
  const when = formatDate(date);
  return (
    <header className="border-b border-rule bg-paper px-4 py-3 sm:px-6 lg:py-2.5">
      <div className="flex items-start gap-4">
        <p className="flex shrink-0 items-center gap-2 pt-0.5 font-sans text-sm font-bold tracking-tight text-ink">
          <img src="/favicon.svg" alt="" width={18} height={18} />
          Parallax
        </p>
        <div className="min-w-0 flex-1 border-l border-rule pl-4">
          <h1 className="font-reading text-[1.0625rem] leading-snug font-semibold text-ink lg:truncate">
            {title}
          </h1>
          <p className="mt-0.5 text-xs leading-snug text-muted lg:truncate" title={about}>
            {sourceNames.join(" · ")}
            {when ? (
              <>
                {" "}
                — <time dateTime={date}>{when}</time>
              </>
            ) : null}
            {about ? <span className="hidden xl:inline"> — {about}</span> : null}
          </p>
        </div>
        <button
          type="button"
          onClick={onShowShortcuts}
          className="hidden shrink-0 items-center gap-2 rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-ink/5 hover:text-ink sm:inline-flex"
        >
          Shortcuts <Kbd>?</Kbd>
        </button>
      </div>
    </header>
  );
}
