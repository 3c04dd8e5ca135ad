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

/**
 * A stretch of one report, by the report's position in the link (0 for the first) and offsets
 * into its text: positions and offsets stay right whatever ids a later engine gives sentences.
 */
export interface SharedPassage {
  /** Index of the source in the comparison, 0-based. */
  readonly source: number;
  /** Half-open `[start, end)`, UTF-16 code units into the source's original text. */
  readonly start: number;
  readonly end: number;
}

/** A question a teacher asks about the comparison. Kinds are slugs the classroom knows. */
export interface SharedQuestion {
  /** Unique within the lesson; answers refer to it. */
  readonly id: string;
  /** What the question is about ("attribution", "quote" …, "custom"); unknown kinds read as custom. */
  readonly kind: string;
  readonly text: string;
  /** The passages it is about, in the order the question names them. */
  readonly passages: readonly SharedPassage[];
}

/** What a teacher prepares: the class link carries it, so no server keeps it. */
export interface SharedLesson {
  readonly title?: string;
  readonly instructions?: string;
  /** The kinds of tag students are asked to find ("loaded", "hedge" …); unknown kinds are ignored. */
  readonly focus: readonly string[];
  readonly questions: readonly SharedQuestion[];
}

/** One passage a student tagged. */
export interface SharedTag extends SharedPassage {
  /** Unique within the work. */
  readonly id: string;
  /** A tag kind slug ("loaded", "only-here" …). */
  readonly kind: string;
  readonly note?: string;
  /** Tagged after the student had seen Parallax's marks. */
  readonly afterCheck?: boolean;
}

/** A student's answer to one question of the lesson. */
export interface SharedAnswer {
  readonly question: string;
  readonly text: string;
}

/** What a student hands in: their tags, notes and answers. */
export interface SharedWork {
  /** The name the student typed, if any. */
  readonly student?: string;
  readonly tags: readonly SharedTag[];
  readonly answers: readonly SharedAnswer[];
  /** The student had checked their reading against Parallax's marks. */
  readonly checked?: boolean;
}

/** Fields every state may carry besides its comparison. */
interface SharedExtras {
  readonly view?: SharedView;
  /** A class link's lesson (absent in a plain share link). */
  readonly lesson?: SharedLesson;
  /** A handed-in link's student work (made with the lesson it answers). */
  readonly work?: SharedWork;
}

/** Everything needed to reopen a comparison. The analysis is never carried: it is recomputed. */
export type SharedState =
  /** A shipped comparison, named by its id in `seeds/index.json`: a short, readable link. */
  | ({ readonly kind: "seed"; readonly seed: string } & SharedExtras)
  /** The user's own reports, carried whole (compressed) in the link. */
  | ({ readonly kind: "inputs"; readonly sources: readonly SharedSource[] } & SharedExtras);

/** Why a link could not be opened. */
export type ShareErrorCode =
  /** Nothing after the '#'. */
  | "empty"
  /** Longer than `SHARE_LIMITS.maxFragmentChars`: refused before any decoding. */
  | "too-long"
  /** Not a Parallax link: bad characters, data that does not open as a Parallax payload, not JSON. */
  | "malformed"
  /** A Parallax link altered after it was made: checksum or length mismatch, corrupt data, a broken %-escape. */
  | "damaged"
  /** A Parallax payload whose compressed data ends early: the link was cut when copied. */
  | "truncated"
  /** A Parallax payload that would decompress past `SHARE_LIMITS.maxDecompressedBytes`; stopped before that much is allocated. */
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
