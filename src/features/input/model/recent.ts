import type { SharedSource } from "../../../share/link.ts";
import { contentHash } from "../../../worker/content-hash.ts";
import type { LocalStore } from "../../../ui/local-store.ts";

/** A comparison the user made or opened on this device, to reopen from a list. */
export interface RecentComparison {
  /** Content hash of the sources: the same reports are one entry, however often opened. */
  readonly id: string;
  /** When it was last opened, in milliseconds since the epoch. */
  readonly openedAtMs: number;
  /** The first source's headline once analysed; its first line until then. */
  readonly title: string;
  readonly sources: readonly SharedSource[];
}

/** Most entries kept: enough to find last week's work, few enough to fit the storage quota. */
export const MAX_RECENT = 12;
const KEY = "parallax:recent";
const VERSION = 1;
const MAX_TITLE_CHARS = 120;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readSource(value: unknown): SharedSource | undefined {
  if (!isRecord(value) || typeof value["name"] !== "string" || typeof value["text"] !== "string")
    return undefined;
  const format = value["format"];
  return {
    name: value["name"],
    text: value["text"],
    ...(format === "html" || format === "text" ? { format } : {}),
  };
}

function readEntry(value: unknown): RecentComparison | undefined {
  if (!isRecord(value)) return undefined;
  const { id, openedAtMs, title, sources } = value;
  if (typeof id !== "string" || typeof openedAtMs !== "number" || typeof title !== "string")
    return undefined;
  if (!Array.isArray(sources)) return undefined;
  const read = sources.map(readSource);
  if (read.length < 2 || read.some((s) => s === undefined)) return undefined;
  return { id, openedAtMs, title, sources: read as SharedSource[] };
}

/** The stored list, newest first; a damaged store reads as empty, a damaged entry is skipped. */
export function parseRecent(stored: string | undefined): readonly RecentComparison[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    if (!isRecord(value) || value["v"] !== VERSION || !Array.isArray(value["items"])) return [];
    return value["items"]
      .map(readEntry)
      .filter((e) => e !== undefined)
      .toSorted((a, b) => b.openedAtMs - a.openedAtMs);
  } catch {
    return [];
  }
}

/** The identity of a set of reports, shared with the analysis cache. */
export function recentId(sources: readonly SharedSource[]): string {
  return contentHash(sources, {});
}

/** A first line to show until the headline is known. */
export function provisionalTitle(sources: readonly SharedSource[]): string {
  const first = sources[0];
  if (!first) return "Untitled comparison";
  const text =
    first.format === "html"
      ? (/<title\b[^>]*>([\s\S]*?)<\/title/i.exec(first.text)?.[1] ?? "")
      : first.text;
  const line = text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .find((l) => /\p{L}/u.test(l));
  if (!line) return sources.map((s) => s.name).join(", ");
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1)}…` : line;
}

/** The list of recent comparisons on this device, observable for React. */
export interface RecentStore {
  readonly list: () => readonly RecentComparison[];
  readonly get: (id: string) => RecentComparison | undefined;
  /** Puts the reports at the top of the list (adding them if new); returns their id. */
  readonly remember: (sources: readonly SharedSource[], title?: string) => string;
  /** Sets the title once the analysis has found a headline. */
  readonly retitle: (id: string, title: string) => void;
  readonly forget: (id: string) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createRecentStore(local: LocalStore, now: () => number): RecentStore {
  let items = parseRecent(local.read(KEY));
  const listeners = new Set<() => void>();

  function save(next: readonly RecentComparison[]): void {
    items = next;
    // When the quota is short, keep fewer entries on the device rather than none.
    for (let keep = next.length; keep >= 0; keep--) {
      if (local.write(KEY, JSON.stringify({ v: VERSION, items: next.slice(0, keep) }))) break;
      if (local.problem() === "unavailable") break;
    }
    for (const listener of listeners) listener();
  }

  return {
    list: () => items,
    get: (id) => items.find((item) => item.id === id),
    remember(sources, title) {
      const id = recentId(sources);
      const previous = items.find((item) => item.id === id);
      const entry: RecentComparison = {
        id,
        openedAtMs: now(),
        title: title ?? previous?.title ?? provisionalTitle(sources),
        sources: sources.map((s) => ({ ...s })),
      };
      save([entry, ...items.filter((item) => item.id !== id)].slice(0, MAX_RECENT));
      return id;
    },
    retitle(id, title) {
      const clean = title.replace(/\s+/g, " ").trim().slice(0, MAX_TITLE_CHARS);
      if (!clean || items.every((item) => item.id !== id || item.title === clean)) return;
      save(items.map((item) => (item.id === id ? { ...item, title: clean } : item)));
    },
    forget(id) {
      save(items.filter((item) => item.id !== id));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
