/** What a sentence or mark can ask of the reader. One stable object, so sentences can memoise. */
export interface ReaderActions {
  /** The pointer entered (id) or left (undefined) a sentence. */
  readonly hover: (sentenceId: string | undefined) => void;
  /**
   * Focus entered or left a sentence (or a mark inside it). `self` is true when the sentence
   * itself has focus, not a mark or chip inside it: only that selects the sentence.
   */
  readonly focusChanged: (sentenceId: string, focused: boolean, self?: boolean) => void;
  readonly explainMarks: (
    markIds: readonly string[],
    preferredId: string | undefined,
    anchor: HTMLElement,
  ) => void;
  readonly explainSentence: (sentenceId: string, anchor: HTMLElement) => void;
}

/** The explanation currently open, and the element to return focus to when it closes. */
export type OpenExplanation =
  | {
      readonly kind: "marks";
      readonly markIds: readonly string[];
      readonly preferredId: string | undefined;
      readonly anchor: HTMLElement;
    }
  | { readonly kind: "sentence"; readonly sentenceId: string; readonly anchor: HTMLElement };
