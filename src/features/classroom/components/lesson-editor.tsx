import { useId, useMemo } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import type { ExpectedItem } from "../model/expected.ts";
import {
  addCustomQuestion,
  addQuestion,
  moreSuggestions,
  moveQuestion,
  removeQuestion,
  rewordQuestion,
  setFocus,
} from "../model/lesson.ts";
import type { Suggestion } from "../model/questions.ts";
import { TAG_KINDS, type TagKind } from "../model/tag-kinds.ts";
import type { Lesson } from "../model/types.ts";
import { QuestionEditor } from "./question-editor.tsx";
import { BUTTON, FIELD, LINK_BUTTON, SECTION_HEADING } from "./styles.ts";
import { TagBadge } from "./tag-badge.tsx";

interface LessonEditorProps {
  readonly index: ComparisonIndex;
  readonly lesson: Lesson;
  readonly onChange: (lesson: Lesson) => void;
  readonly suggestions: readonly Suggestion[];
  /** Everything Parallax marked, of every kind: the counts beside each choice. */
  readonly items: readonly ExpectedItem[];
  readonly onReset: () => void;
}

/** The teacher's side: title, instructions, what students look for, and the questions. */
export function LessonEditor({
  index,
  lesson,
  onChange,
  suggestions,
  items,
  onReset,
}: LessonEditorProps) {
  const titleId = useId();
  const instructionsId = useId();
  const more = moreSuggestions(lesson, suggestions);
  const counts = useMemo(() => {
    const byKind = new Map<TagKind, number>();
    for (const item of items)
      if (item.counts) byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + 1);
    return byKind;
  }, [items]);
  const toggle = (kind: TagKind, on: boolean): void => {
    const focus = on ? [...lesson.focus, kind] : lesson.focus.filter((k) => k !== kind);
    onChange(setFocus(lesson, focus, suggestions));
  };

  return (
    <div className="space-y-6">
      <div className="grid gap-3">
        <div>
          <label htmlFor={titleId} className="block text-sm font-semibold">
            Title
          </label>
          <input
            id={titleId}
            value={lesson.title}
            onChange={(event) => onChange({ ...lesson, title: event.target.value })}
            maxLength={200}
            className={`${FIELD} mt-1`}
          />
        </div>
        <div>
          <label htmlFor={instructionsId} className="block text-sm font-semibold">
            Instructions for students
          </label>
          <textarea
            id={instructionsId}
            value={lesson.instructions}
            onChange={(event) => onChange({ ...lesson, instructions: event.target.value })}
            rows={4}
            maxLength={4000}
            className={`${FIELD} mt-1 font-sans leading-relaxed`}
          />
        </div>
      </div>

      <fieldset>
        <legend className={SECTION_HEADING}>What students look for</legend>
        <p className="mt-0.5 text-sm text-muted">
          Students tag these in the reports, then check their tags against Parallax's marks of the
          same kinds. Questions about a kind you leave out are left out too.
        </p>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {TAG_KINDS.map((info) => {
            const count = counts.get(info.id) ?? 0;
            return (
              <label
                key={info.id}
                className="flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 hover:bg-ink/5"
              >
                <input
                  type="checkbox"
                  checked={lesson.focus.includes(info.id)}
                  onChange={(event) => toggle(info.id, event.target.checked)}
                  className="mt-1 accent-ink"
                  data-focus={info.id}
                />
                <span>
                  <TagBadge kind={info.id} />
                  <span className="block text-xs text-muted">
                    {count === 0
                      ? "Parallax marked none in these reports."
                      : `Parallax marked ${count} in these reports.`}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <section aria-labelledby={`${titleId}-questions`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id={`${titleId}-questions`} className={SECTION_HEADING}>
            Questions ({lesson.questions.length})
          </h3>
          <button type="button" className={LINK_BUTTON} onClick={onReset}>
            Start again from the suggestions
          </button>
        </div>
        <p className="mt-0.5 text-sm text-muted">
          Written by Parallax from these reports. Reword them as you like; each links the students
          to its passages.
        </p>
        <ol className="mt-2 space-y-2">
          {lesson.questions.map((question, k) => (
            <QuestionEditor
              key={question.id}
              index={index}
              question={question}
              number={k + 1}
              count={lesson.questions.length}
              onText={(text) => onChange(rewordQuestion(lesson, question.id, text))}
              onMove={(step) => onChange(moveQuestion(lesson, question.id, step))}
              onRemove={() => onChange(removeQuestion(lesson, question.id))}
            />
          ))}
        </ol>
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          onClick={() => onChange(addCustomQuestion(lesson))}
        >
          Add your own question
        </button>
        {more.length > 0 ? (
          <details className="mt-3 rounded-lg border border-rule" data-more-suggestions="">
            <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
              More suggested questions ({more.length})
            </summary>
            <ul className="space-y-2 border-t border-rule px-3 py-2.5">
              {more.map((question) => (
                <li key={question.id} className="flex items-start gap-3 text-sm">
                  <p className="min-w-0 flex-1 leading-relaxed">{question.text}</p>
                  <button
                    type="button"
                    className={`${BUTTON} shrink-0 px-2 py-0.5 text-xs`}
                    onClick={() => onChange(addQuestion(lesson, question))}
                  >
                    Add<span className="sr-only">: {question.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </div>
  );
}
