import { useId } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { passageExcerpt } from "../model/passages.ts";
import type { Question } from "../model/types.ts";
import { FIELD, LINK_BUTTON } from "./styles.ts";

interface QuestionEditorProps {
  readonly index: ComparisonIndex;
  readonly question: Question;
  readonly number: number;
  readonly count: number;
  readonly onText: (text: string) => void;
  readonly onMove: (step: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** One question of the lesson being prepared: its words, the passages it points to, its place. */
export function QuestionEditor({
  index,
  question,
  number,
  count,
  onText,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const fieldId = useId();
  return (
    <li className="rounded-lg border border-rule bg-paper p-3" data-edit-question={question.id}>
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={fieldId} className="text-xs font-semibold text-muted">
          Question {number}
          {question.kind === "custom" ? " (your own)" : ""}
        </label>
        <span className="flex gap-3">
          <button
            type="button"
            className={LINK_BUTTON}
            disabled={number === 1}
            onClick={() => onMove(-1)}
          >
            Up<span className="sr-only">: move question {number} up</span>
          </button>
          <button
            type="button"
            className={LINK_BUTTON}
            disabled={number === count}
            onClick={() => onMove(1)}
          >
            Down<span className="sr-only">: move question {number} down</span>
          </button>
          <button type="button" className={LINK_BUTTON} onClick={onRemove}>
            Remove<span className="sr-only"> question {number}</span>
          </button>
        </span>
      </div>
      <textarea
        id={fieldId}
        value={question.text}
        onChange={(event) => onText(event.target.value)}
        rows={question.text.length > 160 ? 4 : 3}
        maxLength={1000}
        placeholder="Write a question for your students."
        className={`${FIELD} mt-1 font-sans leading-relaxed`}
      />
      {question.passages.length > 0 ? (
        <ul className="mt-1.5 space-y-0.5 text-xs text-muted" aria-label="Passages it points to">
          {question.passages.map((p, k) => (
            <li key={k}>
              {index.sourceName(p.source)}:{" "}
              <span className="font-reading text-[0.8125rem] text-ink">
                “{passageExcerpt(index, p, 80)}”
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
