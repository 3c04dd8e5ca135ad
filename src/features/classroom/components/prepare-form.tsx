import { useCallback, useMemo } from "react";
import type { Comparison } from "../../../analysis/types.ts";
import { indexComparison } from "../../../comparison/comparison-index.ts";
import { buildMarks } from "../../../comparison/marks.ts";
import { fromSharedLesson, lessonDraftKey, toSharedLesson } from "../model/class-link.ts";
import { expectedItems, kindsFound } from "../model/expected.ts";
import { askableQuestions, defaultLesson } from "../model/lesson.ts";
import { suggestQuestions } from "../model/questions.ts";
import { deserializeLesson, serializeLesson } from "../model/stored.ts";
import { TAG_KINDS } from "../model/tag-kinds.ts";
import type { Lesson } from "../model/types.ts";
import { useSavedState } from "../hooks/use-saved-state.ts";
import { CopyLink } from "./copy-link.tsx";
import { LessonEditor } from "./lesson-editor.tsx";
import { SECTION_HEADING } from "./styles.ts";
import type { PrepareClassProps } from "./prepare-class.tsx";
import { DialogHeader } from "../../../ui/dialog-header.tsx";

/** The dialog's content: the lesson a teacher edits, and its class link. */
export function PrepareForm({
  comparison,
  title,
  inputs,
  local,
  makeClassUrl,
  warnChars,
  headingId,
  onClose,
}: Omit<PrepareClassProps, "buttonClassName" | "comparison"> & {
  readonly comparison: Comparison;
  readonly headingId: string;
  readonly onClose: () => void;
}) {
  const index = useMemo(() => indexComparison(comparison), [comparison]);
  const marks = useMemo(() => buildMarks(index), [index]);
  const suggestions = useMemo(() => suggestQuestions(index, marks), [index, marks]);
  const items = useMemo(
    () =>
      expectedItems(
        index,
        marks,
        TAG_KINDS.map((k) => k.id),
      ),
    [index, marks],
  );
  const fresh = useCallback(
    () => defaultLesson(title, suggestions, kindsFound(items)),
    [title, suggestions, items],
  );
  const { value: lesson, setValue: setLesson } = useSavedState({
    local,
    key: lessonDraftKey(inputs),
    read: useCallback(
      (text: string | undefined) => {
        const stored = deserializeLesson(text);
        return stored ? fromSharedLesson(index, stored, title) : undefined;
      },
      [index, title],
    ),
    write: useCallback((l: Lesson) => serializeLesson(toSharedLesson(index, l)), [index]),
    initial: fresh,
    enabled: true,
  });
  const shared = useMemo(() => toSharedLesson(index, lesson), [index, lesson]);
  const studentUrl = useMemo(() => makeClassUrl(shared), [makeClassUrl, shared]);
  const askable = askableQuestions(lesson).length;

  return (
    <div className="flex h-full flex-col" data-prepare-form="">
      <DialogHeader id={headingId} onClose={onClose} className="border-b border-rule px-6 py-4">
        Prepare for class
      </DialogHeader>
      <div className="min-h-0 flex-1 overflow-y-auto px-6 py-5">
        <p className="mb-5 max-w-prose text-sm leading-relaxed text-ink">
          Students open the class link and see these reports side by side with no highlights. They
          tag what they notice, answer your questions, then check their reading against Parallax's
          marks. Their work stays in their browser until they hand it in, as a link or on paper.
          Nothing is uploaded, and no one needs an account.
        </p>
        <LessonEditor
          index={index}
          lesson={lesson}
          onChange={setLesson}
          suggestions={suggestions}
          items={items}
          onReset={() => setLesson(fresh())}
        />
      </div>
      <div className="border-t border-rule bg-paper px-6 py-4" data-class-link="">
        <h3 className={SECTION_HEADING}>The class link</h3>
        <p className="mt-0.5 mb-2 text-sm text-muted">
          {lesson.focus.length === 0 && askable === 0
            ? "Choose something to look for, or write a question, before you send it."
            : `${askable} question${askable === 1 ? "" : "s"}; students tag ${lesson.focus.length} kind${lesson.focus.length === 1 ? "" : "s"} of thing.`}
        </p>
        <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
          <div className="min-w-0 flex-1 basis-72">
            <CopyLink
              makeUrl={() => studentUrl}
              label="Copy class link"
              warnChars={warnChars}
              unavailable="These reports are too long to travel in a link, so there is no class link for them. Shorter reports (or fewer of them) fit."
              data-copy="class"
            />
          </div>
          {studentUrl ? (
            <a
              href={studentUrl}
              target="_blank"
              rel="noopener"
              className="inline-flex items-center py-1.5 text-sm font-semibold text-link underline-offset-2 hover:underline"
              data-try-as-student=""
            >
              Try it as a student
              <span aria-hidden="true">&nbsp;↗</span>
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
        </div>
      </div>
    </div>
  );
}
