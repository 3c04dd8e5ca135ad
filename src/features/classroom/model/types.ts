import type { Span } from "../../../analysis/types.ts";
import type { TagKind } from "./tag-kinds.ts";

/** A stretch of one report: a source id ("A") and offsets into that source's original text. */
export interface Passage extends Span {
  readonly source: string;
}

/**
 * What a question is about. Each generated kind names the layer it practises; "custom" is a
 * teacher's own question.
 */
export type QuestionKind =
  | "headline"
  | "attribution"
  | "loaded"
  | "hedge"
  | "voice"
  | "quote"
  | "unique"
  | "variant"
  | "fact"
  | "custom";

export const QUESTION_KINDS: readonly QuestionKind[] = [
  "headline",
  "attribution",
  "loaded",
  "hedge",
  "voice",
  "quote",
  "unique",
  "variant",
  "fact",
  "custom",
];

export interface Question {
  /** Stable: a generated question's id comes from what it is about, so answers stay attached. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: string;
  /** The passages it is about, in the order its text names them. */
  readonly passages: readonly Passage[];
}

/** What the teacher prepares and the class link carries. */
export interface Lesson {
  readonly title: string;
  readonly instructions: string;
  /** The kinds of tag students are offered and checked on, in the order of `TAG_KINDS`. */
  readonly focus: readonly TagKind[];
  readonly questions: readonly Question[];
}

/** One passage a student tagged. */
export interface StudentTag extends Passage {
  readonly id: string;
  readonly kind: TagKind;
  /** The student's note; "" for none. */
  readonly note: string;
  /** Tagged after Parallax's marks had been shown: the teacher sees it was not found blind. */
  readonly afterCheck: boolean;
}

/** Everything a student does on a class link: kept on the device, handed in as a link. */
export interface StudentWork {
  /** The name the student typed for the hand-in; "" for none. */
  readonly student: string;
  readonly tags: readonly StudentTag[];
  /** Answers by question id; a question without an answer has no entry. */
  readonly answers: Readonly<Record<string, string>>;
  /** Parallax's marks have been shown at least once. */
  readonly checked: boolean;
}

export const EMPTY_WORK: StudentWork = { student: "", tags: [], answers: {}, checked: false };
