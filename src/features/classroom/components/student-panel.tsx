import { useEffect, useRef, type ReactNode, type Ref } from "react";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { Kbd } from "../../../ui/kbd.tsx";
import type { SaveStatus } from "../hooks/use-saved-state.ts";
import type { CheckResult } from "../model/check.ts";
import { askableQuestions } from "../model/lesson.ts";
import type { Lesson, Passage, StudentTag, StudentWork } from "../model/types.ts";
import { CheckResults } from "./check-results.tsx";
import { KindLegend } from "./kind-legend.tsx";
import { QuestionCard } from "./question-card.tsx";
import { BUTTON, PRIMARY, SECTION_HEADING } from "./styles.ts";
import { TagList } from "./tag-list.tsx";

interface StudentPanelProps {
  readonly index: ComparisonIndex;
  readonly lesson: Lesson;
  readonly work: StudentWork;
  /** A handed-in copy: shown, not edited. */
  readonly readOnly: boolean;
  /** Parallax's marks are on the text. */
  readonly revealed: boolean;
  readonly result: CheckResult;
  readonly onReveal: () => void;
  readonly onHide: () => void;
  readonly onShow: (passage: Passage) => void;
  readonly onEditTag: (tag: StudentTag) => void;
  readonly onRemoveTag: (tag: StudentTag) => void;
  readonly onAnswer: (questionId: string, text: string) => void;
  readonly saveStatus: SaveStatus;
  readonly restored: boolean;
  readonly onHandIn: () => void;
  readonly onPrint: () => void;
  /** The instructions, when the page shows them here rather than above the reports. */
  readonly instructions?: ReactNode;
}

function Section({
  id,
  title,
  children,
  headingRef,
}: {
  readonly id: string;
  readonly title: string;
  readonly children: ReactNode;
  readonly headingRef?: Ref<HTMLHeadingElement> | undefined;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3" data-class-section={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1} className={`${SECTION_HEADING} scroll-mt-4`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const SAVED: Record<SaveStatus, string> = {
  unchanged: "",
  pending: "Saving…",
  saved: "Saved on this device.",
  memory: "Not saved: this browser keeps nothing. Hand in or print before you close the page.",
};

/** The student's side of the page: tags, questions, the check, and handing in. */
export function StudentPanel(props: StudentPanelProps) {
  const { index, lesson, work, readOnly, revealed, result } = props;
  const questions = askableQuestions(lesson);
  const whose = readOnly ? (work.student ? `${work.student}’s` : "the student’s") : "your";
  // The check's button gives way to its results (and back): focus follows to their heading.
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(revealed);
  useEffect(() => {
    if (shown.current === revealed) return;
    shown.current = revealed;
    checkHeading.current?.scrollIntoView({ block: "start" });
    checkHeading.current?.focus({ preventScroll: true });
  }, [revealed]);
  return (
    <div className="space-y-7" data-student-panel="">
      {props.instructions}
      <Section id="class-tags" title={readOnly ? "Tags" : "Your tags"}>
        {!readOnly ? (
          <p
            role="status"
            className="-mt-2 text-xs text-muted empty:hidden"
            data-save-status={props.saveStatus}
          >
            {props.restored && props.saveStatus === "unchanged"
              ? "Your work from last time is back."
              : SAVED[props.saveStatus]}
          </p>
        ) : null}
        {lesson.focus.length === 0 ? (
          <p className="text-sm text-muted">
            This lesson asks only questions: there is nothing to tag.
          </p>
        ) : null}
        {!readOnly && !revealed && lesson.focus.length > 0 ? (
          <div className="space-y-1.5 text-sm leading-relaxed text-ink">
            <p>
              Select words in a report, then choose <strong>Tag…</strong> (or press <Kbd>T</Kbd>).
            </p>
            <p className="text-muted">
              With a keyboard: Tab into a report, move between sentences with <Kbd>J</Kbd> and{" "}
              <Kbd>K</Kbd>, and press <Kbd>Enter</Kbd> to tag a sentence or some of its words.
            </p>
          </div>
        ) : null}
        <KindLegend focus={lesson.focus} tags={work.tags} />
        <TagList
          index={index}
          tags={work.tags}
          onShow={props.onShow}
          onEdit={readOnly ? undefined : props.onEditTag}
          onRemove={readOnly ? undefined : props.onRemoveTag}
        />
      </Section>

      {questions.length > 0 ? (
        <Section id="class-questions" title="Questions">
          <ol className="space-y-3">
            {questions.map((question, k) => (
              <QuestionCard
                key={question.id}
                index={index}
                question={question}
                number={k + 1}
                answer={work.answers[question.id] ?? ""}
                onAnswer={readOnly ? undefined : (text) => props.onAnswer(question.id, text)}
                onShow={props.onShow}
              />
            ))}
          </ol>
        </Section>
      ) : null}

      <Section
        id="class-check"
        title={readOnly ? "Compared with Parallax" : "Check my reading"}
        headingRef={checkHeading}
      >
        {revealed ? (
          <>
            <p className="text-sm leading-relaxed text-ink">
              Parallax's marks are on the reports now, each kind with its own line;{" "}
              {readOnly ? "the student's" : "your"} tags are shaded grey. Select a mark to read why
              Parallax made it.
            </p>
            <CheckResults index={index} result={result} onShow={props.onShow} whose={whose} />
            <button type="button" className={BUTTON} onClick={props.onHide} data-hide-marks="">
              {readOnly ? "Hide Parallax's marks" : "Hide Parallax's marks and keep tagging"}
            </button>
          </>
        ) : (
          <>
            <p className="text-sm leading-relaxed text-ink">
              {readOnly
                ? `Show Parallax's marks beside ${whose} tags: what was found, what was missed, and what was caught that Parallax did not mark.`
                : "When you have tagged what you can, compare your reading with Parallax's marks: what you found, what you missed, and what you caught that Parallax did not."}
            </p>
            <button
              type="button"
              className={readOnly ? BUTTON : PRIMARY}
              onClick={props.onReveal}
              data-check-reading=""
            >
              {readOnly
                ? "Compare with Parallax"
                : work.checked
                  ? "Check my reading again"
                  : "Check my reading"}
            </button>
          </>
        )}
      </Section>

      <Section id="class-hand-in" title={readOnly ? "This copy" : "Hand in"}>
        {readOnly ? (
          <p className="text-sm text-ink">Print it, or save it as a PDF.</p>
        ) : (
          <p className="text-sm text-ink">
            Send your teacher a link to your work, or print it (or save a PDF).
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {!readOnly ? (
            <button type="button" className={PRIMARY} onClick={props.onHandIn}>
              Hand in…
            </button>
          ) : null}
          <button type="button" className={BUTTON} onClick={props.onPrint}>
            Print worksheet
          </button>
        </div>
      </Section>
    </div>
  );
}

/** The teacher's instructions, as the student first reads them. */
export function Instructions({ lesson }: { readonly lesson: Lesson }) {
  if (!lesson.instructions.trim()) return null;
  return (
    <section
      aria-labelledby="class-instructions"
      className="rounded-lg border border-rule bg-paper px-4 py-3"
      data-instructions=""
    >
      <h2
        id="class-instructions"
        className="text-xs font-semibold tracking-wide text-muted uppercase"
      >
        Instructions
      </h2>
      <p className="mt-1 text-sm leading-relaxed whitespace-pre-line text-ink">
        {lesson.instructions}
      </p>
    </section>
  );
}
