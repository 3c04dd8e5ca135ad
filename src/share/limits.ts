/** Caps applied to every share link before and after decompression. */
export const SHARE_LIMITS = {
  /**
   * Longest fragment decoded at all, checked before anything else. Browsers open far longer
   * URLs, but ~200k characters already holds ~150 KB compressed, several long articles.
   */
  maxFragmentChars: 200_000,
  /** Most UTF-8 bytes the payload may inflate to; inflation stops as soon as it is passed. */
  maxDecompressedBytes: 2 * 1024 * 1024,
  /** Same as the engine's `MAX_SOURCES` (a test keeps them equal). */
  maxSources: 6,
  /** Fewest sources a comparison takes. */
  minSources: 2,
  /** Above this many characters a link breaks in common places (chat apps, some mail clients, IE-era proxies): the UI warns. */
  warnFragmentChars: 8000,
  /** Longest outlet name, in UTF-16 code units. */
  maxNameChars: 200,
  /**
   * Longest single text, in UTF-16 code units. In practice `maxFragmentChars` binds first:
   * ~150 KB of compressed data is roughly 0.5 MB of prose.
   */
  maxTextChars: 1_000_000,
  /** Most layer ids in a view. */
  maxLayers: 32,
  /** Longest layer id. */
  maxLayerIdChars: 40,
  /** Longest selected-item id. */
  maxSelectedChars: 100,
  /** Longest seed id. */
  maxSeedIdChars: 80,
  /** Longest lesson title. */
  maxTitleChars: 200,
  /** Longest teacher's instructions: a few paragraphs. */
  maxInstructionsChars: 4000,
  /** Most questions in a lesson; a worksheet rarely has more than a dozen. */
  maxQuestions: 40,
  /** Longest question. */
  maxQuestionChars: 1000,
  /** Most passages one question points to. */
  maxPassages: 8,
  /** Most tags a student hands in. */
  maxTags: 400,
  /** Longest note on a tag. */
  maxNoteChars: 1000,
  /** Longest answer: about a page of writing. */
  maxAnswerChars: 6000,
  /** Longest student name. */
  maxStudentChars: 100,
  /** Longest question, tag or kind id. */
  maxClassIdChars: 60,
} as const;
