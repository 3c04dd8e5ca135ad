import { Fragment } from "react";
import { useRecent } from "../hooks/use-recent.ts";
import type { RecentComparison, RecentStore } from "../model/recent.ts";

interface RecentListProps {
  readonly recent: RecentStore;
  readonly onOpen: (entry: RecentComparison) => void;
  /** Id of the comparison on screen, marked as current. */
  readonly currentId?: string | undefined;
  readonly headingId: string;
  /** Heading level: 2 on a page, 3 inside a menu. */
  readonly level?: 2 | 3;
}

function when(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleString("en-GB", {
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
      });
}

/** Comparisons made or opened on this device, newest first, to reopen or delete. */
export function RecentList({ recent, onOpen, currentId, headingId, level = 2 }: RecentListProps) {
  const items = useRecent(recent);
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} data-recent-list="">
      <Heading id={headingId} className="text-xs font-semibold tracking-wider text-muted uppercase">
        Recent comparisons
      </Heading>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">
          None yet. Comparisons you make or open are kept here, on this device only.
        </p>
      ) : (
        <ul className="mt-2 space-y-1">
          {items.map((item) => (
            <li key={item.id} className="group flex items-start gap-1 rounded-lg hover:bg-ink/5">
              <button
                type="button"
                onClick={() => onOpen(item)}
                aria-current={item.id === currentId ? "page" : undefined}
                className="min-w-0 flex-1 rounded-lg px-2.5 py-1.5 text-left"
              >
                <bdi className="block truncate text-sm font-semibold text-ink">{item.title}</bdi>
                <span className="block truncate text-xs text-muted">
                  {item.sources.map((s, k) => (
                    <Fragment key={k}>
                      {k > 0 ? " · " : null}
                      <bdi>{s.name}</bdi>
                    </Fragment>
                  ))}
                  {" — "}
                  <time dateTime={new Date(item.openedAtMs).toISOString()}>
                    {when(item.openedAtMs)}
                  </time>
                </span>
              </button>
              <button
                type="button"
                onClick={() => recent.forget(item.id)}
                className="shrink-0 rounded-md px-2 py-1.5 text-xs font-medium text-muted hover:bg-ink/10 hover:text-ink"
              >
                Delete<span className="sr-only"> {item.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
