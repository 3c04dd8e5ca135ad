/** The data a share link carries, and how decoding it can fail. Re-exported by `link.ts`. */

/** One report as the user brought it in: the engine's `SourceInput`, carried verbatim. */
export interface SharedSource {
  /** Outlet or file name shown to the reader; at most `SHARE_LIMITS.maxNameChars` UTF-16 units. */
  readonly name: string;
  /** The original input, exactly as pasted: lone surrogates and a leading BOM survive the link. */
  readonly text: string;
  /** How to read `text`; absent means "text", as in the engine. */
  readonly format?: "text" | "html";
}

/**
 * What the reader was looking at. Ids are carried as plain strings: the codec checks their shape,
 * not that they exist, so a link made by a newer app with a new layer still opens (the UI ignores
 * ids it does not know). An empty view is the same as no view and decodes as absent.
 */
export interface SharedView {
  /** Ids of the layers that are switched on, in any order; `[]` means all off, absent means the default. */
  readonly layers?: readonly string[];
  /** Id of the selected sentence (e.g. "A.3") or mark (e.g. "q-A.q1"). */
  readonly selected?: string;
  /** Reading mode or classroom mode. */
  readonly mode?: "read" | "class";
}

/** Everything needed to reopen a comparison. The analysis is never carried: it is recomputed. */
export type SharedState =
  /** A shipped comparison, named by its id in `seeds/index.json`: a short, readable link. */
  | { readonly kind: "seed"; readonly seed: string; readonly view?: SharedView }
  /** The user's own reports, carried whole (compressed) in the link. */
  | {
      readonly kind: "inputs";
      readonly sources: readonly SharedSource[];
      readonly view?: SharedView;
    };

/** Why a link could not be opened. */
export type ShareErrorCode =
  /** Nothing after the '#'. */
  | "empty"
  /** Longer than `SHARE_LIMITS.maxFragmentChars`: refused before any decoding. */
  | "too-long"
  /** Not a Parallax link, or damaged: bad characters, corrupt compressed data, not JSON. */
  | "malformed"
  /** The compressed data ends early: the link was cut when copied. */
  | "truncated"
  /** Would decompress past `SHARE_LIMITS.maxDecompressedBytes`; stopped before that much is allocated. */
  | "too-large"
  /** Made by a newer Parallax (`v2=` …). */
  | "future-version"
  /** Readable, but not a comparison this app can open (1 source, a 10,000-character name …). */
  | "invalid";

export interface ShareError {
  /** What went wrong, for code to branch on. */
  readonly code: ShareErrorCode;
  /** One plain sentence for a person; never echoes the link's own content. */
  readonly message: string;
}

/** A value or a reason; the same shape as `worker/result.ts`, declared here so share stands alone. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
