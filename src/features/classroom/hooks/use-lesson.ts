import { useMemo } from "react";
import type { Comparison } from "../../../analysis/types.ts";
import { indexComparison, type ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { buildMarks, type Mark } from "../../../comparison/marks.ts";
import type { SharedLesson, SharedWork } from "../../../share/link.ts";
import { fromSharedLesson, fromSharedWork, toSharedLesson } from "../model/class-link.ts";
import { expectedItems, kindsFound, type ExpectedItem } from "../model/expected.ts";
import { defaultLesson } from "../model/lesson.ts";
import { suggestQuestions } from "../model/questions.ts";
import { withoutFindings } from "../model/reveal.ts";
import { TAG_KINDS } from "../model/tag-kinds.ts";
import type { Lesson, StudentWork } from "../model/types.ts";

const ALL_KINDS = TAG_KINDS.map((k) => k.id);

/** The comparison as a lesson reads it: with and without Parallax's findings. */
export interface LessonModel {
  /** The comparison with its findings: checking, questions, the worksheet. */
  readonly index: ComparisonIndex;
  readonly marks: readonly Mark[];
  readonly marksById: ReadonlyMap<string, Mark>;
  /** The same reports with no findings: what the student reads before the check. */
  readonly plain: ComparisonIndex;
  /** What a careful reader could tag, of every kind. */
  readonly allItems: readonly ExpectedItem[];
  readonly lesson: Lesson;
  /** What a link carries of the lesson; with the reports, it names where the work is kept. */
  readonly lessonLink: SharedLesson;
  /** A handed-in copy's work, read-only; undefined in a student's own session. */
  readonly handedIn: StudentWork | undefined;
}

/** The teacher's lesson (or the default one) over the comparison, and a handed-in copy's work. */
export function useLesson(
  comparison: Comparison,
  sharedLesson: SharedLesson | undefined,
  sharedWork: SharedWork | undefined,
  title: string,
): LessonModel {
  const index = useMemo(() => indexComparison(comparison), [comparison]);
  const marks = useMemo(() => buildMarks(index), [index]);
  const marksById = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const plain = useMemo(() => indexComparison(withoutFindings(comparison)), [comparison]);
  const allItems = useMemo(() => expectedItems(index, marks, ALL_KINDS), [index, marks]);
  const lesson = useMemo(
    () =>
      sharedLesson
        ? fromSharedLesson(index, sharedLesson, title)
        : defaultLesson(title, suggestQuestions(index, marks), kindsFound(allItems)),
    [sharedLesson, index, marks, allItems, title],
  );
  const lessonLink = useMemo(
    () => sharedLesson ?? toSharedLesson(index, lesson),
    [sharedLesson, index, lesson],
  );
  const handedIn = useMemo(
    () => (sharedWork ? fromSharedWork(index, sharedWork) : undefined),
    [sharedWork, index],
  );
  return { index, marks, marksById, plain, allItems, lesson, lessonLink, handedIn };
}
