import { MAX_SOURCES } from "../../../analysis/constants.ts";

/** Fewest reports a comparison takes. */
export const MIN_SOURCES = 2;
export { MAX_SOURCES };

/** Where a source's text came from, when it was a file. */
export interface DraftFile {
  readonly name: string;
  /** Read as HTML because of its extension (.html, .htm). */
  readonly html: boolean;
}

/** One report being brought in, exactly as the user left it. */
export interface DraftSource {
  /** Stable for the page's life, for React keys and element ids; not shown. */
  readonly key: string;
  /** The outlet name in the field (suggested until the user edits it). */
  readonly name: string;
  /** True once the user has typed in the name field: suggestions stop overwriting it. */
  readonly nameEdited: boolean;
  /** The pasted or loaded text, never altered by the app. */
  readonly text: string;
  readonly file: DraftFile | undefined;
}

export interface Draft {
  readonly sources: readonly DraftSource[];
}

/** A fresh key; it only has to be unique among a handful of sources on one page. */
export function newKey(): string {
  return `src-${Math.random().toString(36).slice(2, 10)}`;
}

export function emptySource(): DraftSource {
  return { key: newKey(), name: "", nameEdited: false, text: "", file: undefined };
}

export function emptyDraft(): Draft {
  return { sources: Array.from({ length: MIN_SOURCES }, emptySource) };
}

/** "Source A", "Source B" … by position, as the columns will be lettered. */
export function sourceLabel(position: number): string {
  return `Source ${String.fromCharCode(65 + position)}`;
}

export function addSource(draft: Draft): Draft {
  if (draft.sources.length >= MAX_SOURCES) return draft;
  return { sources: [...draft.sources, emptySource()] };
}

export function removeSource(draft: Draft, key: string): Draft {
  if (draft.sources.length <= MIN_SOURCES) return draft;
  return { sources: draft.sources.filter((s) => s.key !== key) };
}

export function updateSource(
  draft: Draft,
  key: string,
  change: (source: DraftSource) => DraftSource,
): Draft {
  return { sources: draft.sources.map((s) => (s.key === key ? change(s) : s)) };
}

/** True when nothing has been typed or loaded anywhere. */
export function isBlank(draft: Draft): boolean {
  return draft.sources.every((s) => s.text === "" && s.name === "");
}

// ── Saved form ───────────────────────────────────────────────────────────────────────────

const DRAFT_VERSION = 1;

/** The draft as stored on the device: keys are not kept, they are made fresh on restore. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({
    v: DRAFT_VERSION,
    sources: draft.sources.map(({ name, nameEdited, text, file }) => ({
      name,
      nameEdited,
      text,
      ...(file ? { file } : {}),
    })),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored draft back. Storage is outside the app's control (another tab, an older
 * version, a hand edit): anything unexpected gives undefined, never a half-restored form.
 */
export function deserializeDraft(stored: string | undefined): Draft | undefined {
  if (stored === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value["v"] !== DRAFT_VERSION || !Array.isArray(value["sources"])) {
    return undefined;
  }
  const sources: DraftSource[] = [];
  for (const entry of value["sources"] as unknown[]) {
    if (!isRecord(entry) || typeof entry["text"] !== "string" || typeof entry["name"] !== "string")
      return undefined;
    const file = entry["file"];
    sources.push({
      key: newKey(),
      name: entry["name"],
      nameEdited: entry["nameEdited"] === true,
      text: entry["text"],
      file:
        isRecord(file) && typeof file["name"] === "string"
          ? { name: file["name"], html: file["html"] === true }
          : undefined,
    });
  }
  if (sources.length > MAX_SOURCES) return undefined;
  while (sources.length < MIN_SOURCES) sources.push(emptySource());
  return { sources };
}

/** What became of a source brought in from outside the form (the bookmarklet's article). */
export interface Arrival {
  readonly kind: "added" | "already" | "full";
  /** One sentence for the form's status line. */
  readonly message: string;
}

/**
 * Adds something brought in to the draft as the page opens. A function, so the code that reads
 * and checks what arrives loads only when something does (it is not in the first script).
 */
export type AddIncoming = (draft: Draft) => { readonly draft: Draft; readonly arrival: Arrival };
