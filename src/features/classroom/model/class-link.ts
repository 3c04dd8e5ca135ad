import type { SourceInput } from "../../../analysis/types.ts";
import type {
  SharedLesson,
  SharedPassage,
  SharedQuestion,
  SharedWork,
} from "../../../share/link.ts";
import { contentHash } from "../../../worker/content-hash.ts";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { DEFAULT_INSTRUCTIONS, askableQuestions } from "./lesson.ts";
import { isPassageInBounds } from "./passages.ts";
import { isTagKind, orderKinds } from "./tag-kinds.ts";
import {
  QUESTION_KINDS,
  type Lesson,
  type Passage,
  type Question,
  type QuestionKind,
  type StudentTag,
  type StudentWork,
} from "./types.ts";

/*
 * The classroom's model and the link's shape meet here. A link names a source by its position
 * and keeps only what a student needs; the model names it by the engine's id. Reading a link or
 * a stored copy drops whatever does not fit this comparison (a passage past the end of its
 * text, a kind this version does not know) instead of refusing the whole lesson.
 */

function toSharedPassage(index: ComparisonIndex, passage: Passage): SharedPassage {
  return { source: index.column(passage.source), start: passage.start, end: passage.end };
}

function fromSharedPassage(index: ComparisonIndex, shared: SharedPassage): Passage | undefined {
  const source = index.sources[shared.source];
  if (!source) return undefined;
  const passage = { source: source.id, start: shared.start, end: shared.end };
  return isPassageInBounds(index, passage) ? passage : undefined;
}

const isQuestionKind = (kind: string): kind is QuestionKind =>
  (QUESTION_KINDS as readonly string[]).includes(kind);

export function toSharedLesson(index: ComparisonIndex, lesson: Lesson): SharedLesson {
  return {
    title: lesson.title,
    instructions: lesson.instructions,
    focus: [...lesson.focus],
    questions: askableQuestions(lesson).map((q): SharedQuestion => ({
      id: q.id,
      kind: q.kind,
      text: q.text.trim(),
      passages: q.passages.map((p) => toSharedPassage(index, p)),
    })),
  };
}

/** The lesson a link or this device holds, fitted to this comparison. */
export function fromSharedLesson(
  index: ComparisonIndex,
  shared: SharedLesson,
  fallbackTitle: string,
): Lesson {
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const q of shared.questions) {
    if (seen.has(q.id)) continue; // answers are keyed by id: the first of a repeated id wins
    seen.add(q.id);
    questions.push({
      id: q.id,
      kind: isQuestionKind(q.kind) ? q.kind : "custom",
      text: q.text,
      passages: q.passages.map((p) => fromSharedPassage(index, p)).filter((p) => p !== undefined),
    });
  }
  return {
    title: shared.title?.trim() || fallbackTitle,
    instructions: shared.instructions ?? DEFAULT_INSTRUCTIONS,
    focus: orderKinds(shared.focus.filter(isTagKind)),
    questions,
  };
}

export function toSharedWork(index: ComparisonIndex, work: StudentWork): SharedWork {
  return {
    ...(work.student.trim() !== "" && { student: work.student.trim() }),
    tags: work.tags.map((tag) => ({
      id: tag.id,
      kind: tag.kind,
      ...toSharedPassage(index, tag),
      ...(tag.note.trim() !== "" && { note: tag.note }),
      ...(tag.afterCheck && { afterCheck: true }),
    })),
    answers: Object.entries(work.answers).map(([question, text]) => ({ question, text })),
    ...(work.checked && { checked: true }),
  };
}

/** A student's work from a link or this device, fitted to this comparison. */
export function fromSharedWork(index: ComparisonIndex, shared: SharedWork): StudentWork {
  const tags: StudentTag[] = [];
  const ids = new Set<string>();
  for (const tag of shared.tags) {
    const passage = fromSharedPassage(index, tag);
    if (!passage || !isTagKind(tag.kind) || ids.has(tag.id)) continue;
    ids.add(tag.id);
    tags.push({
      ...passage,
      id: tag.id,
      kind: tag.kind,
      note: tag.note ?? "",
      afterCheck: tag.afterCheck ?? false,
    });
  }
  const answers: Record<string, string> = {};
  for (const answer of shared.answers) {
    if (answer.text.trim() !== "" && !(answer.question in answers)) {
      answers[answer.question] = answer.text;
    }
  }
  return { student: shared.student ?? "", tags, answers, checked: shared.checked ?? false };
}

/**
 * Where this device keeps a student's work on one lesson about one set of reports: a digest of
 * both, so two lessons on one comparison, or one lesson text on two comparisons, never share.
 */
export function workStorageKey(inputs: readonly SourceInput[], lesson: SharedLesson): string {
  // contentHash digests named texts; the lesson rides along as one more "text".
  return `parallax:class:${contentHash([...inputs, { name: "lesson", text: JSON.stringify(lesson) }], {})}`;
}

/** Where this device keeps a teacher's unfinished lesson on a set of reports. */
export function lessonDraftKey(inputs: readonly SourceInput[]): string {
  return `parallax:lesson-draft:${contentHash(inputs, {})}`;
}
