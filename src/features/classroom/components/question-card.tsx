import { useId } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { QUESTION_TERMS } from "../model/glossary.ts";
import { passageExcerpt } from "../model/passages.ts";
import type { Passage, Question } from "../model/types.ts";
import { TermRow } from "./glossary.tsx";
import { FIELD, LINK_BUTTON } from "./styles.ts";

interface QuestionCardProps {
  readonly index: ComparisonIndex;
  readonly question: Question;
  readonly number: number;
  readonly answer: string;
  /** Absent on a read-only copy: the answer is shown, not edited. */
  readonly onAnswer?: ((text: string) => void) | undefined;
  readonly onShow: (passage: Passage) => void;
}

/** One guided question: its passages, its terms, and the student's answer typed in place. */
export function QuestionCard({
  index,
  question,
  number,
  answer,
  onAnswer,
  onShow,
}: QuestionCardProps) {
  const textId = useId();
  const answerId = useId();
  return (
    <li className="rounded-lg border border-rule bg-paper p-3" data-question={question.id}>
      <p id={textId} className="text-sm leading-relaxed text-ink">
        <span className="mr-1 font-semibold">{number}.</span>
        {question.text}
      </p>
      {question.passages.length > 0 ? (
        <ul className="mt-2 space-y-1" aria-label="Passages this question is about">
          {question.passages.map((passage, k) => (
            <li key={k}>
              <button
                type="button"
                className={LINK_BUTTON}
                onClick={() => onShow(passage)}
                data-passage-link=""
              >
                Show in {index.sourceName(passage.source)}:{" "}
                <span className="font-reading font-normal">
                  “{passageExcerpt(index, passage, 50)}”
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-2">
        <TermRow terms={QUESTION_TERMS[question.kind]} />
      </div>
      {onAnswer ? (
        <>
          <label htmlFor={answerId} className="mt-3 block text-xs font-semibold text-muted">
            Your answer
          </label>
          <textarea
            id={answerId}
            aria-describedby={textId}
            value={answer}
            onChange={(event) => onAnswer(event.target.value)}
            rows={3}
            maxLength={6000}
            className={`${FIELD} mt-1 font-sans leading-relaxed`}
            data-answer={question.id}
          />
        </>
      ) : (
        <div className="mt-3">
          <p className="text-xs font-semibold text-muted">Answer</p>
          <p
            className="mt-0.5 text-sm leading-relaxed whitespace-pre-line text-ink"
            data-answer-text={question.id}
          >
            {answer || <span className="text-muted italic">No answer.</span>}
          </p>
        </div>
      )}
    </li>
  );
}
