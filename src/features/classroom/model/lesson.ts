import type { Suggestion } from "./questions.ts";
import { orderKinds, type TagKind } from "./tag-kinds.ts";
import type { Lesson, Question, QuestionKind } from "./types.ts";

/** What a student reads first when the teacher has written nothing else. */
export const DEFAULT_INSTRUCTIONS =
  "Read the reports side by side. Select the words and sentences that show how each outlet tells the story, and tag them. Answer the questions in your own words. When you have finished, check your reading against Parallax's marks.";

/** The kind of tag each question practises; headlines and a teacher's own questions practise all. */
export const QUESTION_FOCUS: Readonly<Record<QuestionKind, TagKind | undefined>> = {
  headline: undefined,
  attribution: "attribution",
  loaded: "loaded",
  voice: "loaded",
  hedge: "hedge",
  quote: "paraphrase",
  unique: "only-here",
  variant: "name",
  fact: undefined,
  custom: undefined,
};

const inFocus = (question: Question, focus: ReadonlySet<TagKind>): boolean => {
  const kind = QUESTION_FOCUS[question.kind];
  return kind === undefined || focus.has(kind);
};

/** The lesson a teacher starts from: every kind Parallax found something of, and the default questions. */
export function defaultLesson(
  title: string,
  suggestions: readonly Suggestion[],
  found: ReadonlySet<TagKind>,
): Lesson {
  const focus = orderKinds(found);
  const set = new Set(focus);
  return {
    title,
    instructions: DEFAULT_INSTRUCTIONS,
    focus,
    questions: suggestions
      .filter((s) => s.byDefault && inFocus(s.question, set))
      .map((s) => s.question),
  };
}

/** Whether the teacher has changed a generated question's words (a custom one always counts). */
export function isEdited(question: Question, suggestions: readonly Suggestion[]): boolean {
  const original = suggestions.find((s) => s.question.id === question.id);
  return !original || original.question.text !== question.text;
}

/**
 * Changes what students look for. A kind switched off takes its generated questions with it,
 * unless the teacher has reworded them (their words are kept); a kind switched on brings back
 * its default questions, in the default order.
 */
export function setFocus(
  lesson: Lesson,
  focus: Iterable<TagKind>,
  suggestions: readonly Suggestion[],
): Lesson {
  const next = orderKinds(focus);
  const set = new Set(next);
  const added = next.filter((kind) => !lesson.focus.includes(kind));
  const kept = lesson.questions.filter(
    (question) => inFocus(question, set) || isEdited(question, suggestions),
  );
  const have = new Set(kept.map((q) => q.id));
  const returning = suggestions
    .filter((s) => s.byDefault && !have.has(s.question.id))
    .map((s) => s.question)
    .filter((question) => {
      const kind = QUESTION_FOCUS[question.kind];
      return kind !== undefined && added.includes(kind);
    });
  return { ...lesson, focus: next, questions: [...kept, ...returning] };
}

/** Suggestions not yet in the lesson and about something students look for. */
export function moreSuggestions(
  lesson: Lesson,
  suggestions: readonly Suggestion[],
): readonly Question[] {
  const have = new Set(lesson.questions.map((q) => q.id));
  const set = new Set(lesson.focus);
  return suggestions
    .map((s) => s.question)
    .filter((question) => !have.has(question.id) && inFocus(question, set));
}

export function addQuestion(lesson: Lesson, question: Question): Lesson {
  if (lesson.questions.some((q) => q.id === question.id)) return lesson;
  return { ...lesson, questions: [...lesson.questions, question] };
}

/** A new empty question of the teacher's own, with an id no other question has. */
export function addCustomQuestion(lesson: Lesson): Lesson {
  const taken = new Set(lesson.questions.map((q) => q.id));
  let n = 1;
  while (taken.has(`custom-${n}`)) n++;
  return addQuestion(lesson, { id: `custom-${n}`, kind: "custom", text: "", passages: [] });
}

export function removeQuestion(lesson: Lesson, id: string): Lesson {
  return { ...lesson, questions: lesson.questions.filter((q) => q.id !== id) };
}

export function rewordQuestion(lesson: Lesson, id: string, text: string): Lesson {
  return {
    ...lesson,
    questions: lesson.questions.map((q) => (q.id === id ? { ...q, text } : q)),
  };
}

/** Moves a question up (-1) or down (1); at either end it stays. */
export function moveQuestion(lesson: Lesson, id: string, step: -1 | 1): Lesson {
  const from = lesson.questions.findIndex((q) => q.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= lesson.questions.length) return lesson;
  const questions = [...lesson.questions];
  const [moved] = questions.splice(from, 1);
  if (moved) questions.splice(to, 0, moved);
  return { ...lesson, questions };
}

/** Questions a student can answer: a teacher's blank ones are left out of the link. */
export function askableQuestions(lesson: Lesson): readonly Question[] {
  return lesson.questions.filter((q) => q.text.trim() !== "");
}
