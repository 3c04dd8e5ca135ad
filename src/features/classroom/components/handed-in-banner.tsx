import { askableQuestions } from "../model/lesson.ts";
import type { Lesson, StudentWork } from "../model/types.ts";

/** What a handed-in copy is, said once above the reports. */
export function HandedInBanner({
  lesson,
  work,
}: {
  readonly lesson: Lesson;
  readonly work: StudentWork;
}) {
  const tags = work.tags.length;
  const answers = Object.keys(work.answers).length;
  return (
    <div
      role="note"
      className="border-b border-rule bg-panel px-5 py-2.5 text-sm text-ink sm:px-7"
      data-handed-in=""
    >
      <strong>{work.student ? `Handed in by ${work.student}.` : "Handed-in work."}</strong> {tags}{" "}
      tag{tags === 1 ? "" : "s"}, {answers} of {askableQuestions(lesson).length} questions answered
      {work.checked ? "; checked against Parallax before handing in" : ""}. This copy cannot be
      changed.
    </div>
  );
}
