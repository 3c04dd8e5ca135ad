import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { Comparison, SourceInput } from "../../../analysis/types.ts";
import { SHARE_LIMITS, type SharedLesson, type SharedWork } from "../../../share/link.ts";
import type { LocalStore } from "../../../ui/local-store.ts";
import { SkipLink } from "../../../ui/skip-link.tsx";
import { useMediaQuery, WIDE_QUERY } from "../../../ui/use-media-query.ts";
import { ExplanationExtra } from "../../../ui/explanation-extra.ts";
import { useLesson } from "../hooks/use-lesson.ts";
import { useStudentWork } from "../hooks/use-student-work.ts";
import { useTagHighlights } from "../hooks/use-tag-highlights.ts";
import { useTagging } from "../hooks/use-tagging.ts";
import { checkReading } from "../model/check.ts";
import { toSharedWork } from "../model/class-link.ts";
import { askableQuestions } from "../model/lesson.ts";
import { passageSentence, passageWords } from "../model/passages.ts";
import { NOTHING_VISIBLE, visibilityFor } from "../model/reveal.ts";
import { spokenTags } from "../model/spoken.ts";
import { tagKindInfo } from "../model/tag-kinds.ts";
import type { Passage, StudentTag } from "../model/types.ts";
import { addTag, markChecked, removeTag, setAnswer, setStudent, updateTag } from "../model/work.ts";
import type { ReaderControls, RenderReader } from "../reader-slot.ts";
import { ClassroomWorkspace } from "./classroom-workspace.tsx";
import { useExplanationTerms } from "./explanation-terms.tsx";
import { GlossaryProvider } from "./glossary.tsx";
import { HandInDialog } from "./hand-in-dialog.tsx";
import { HandedInBanner } from "./handed-in-banner.tsx";
import { SelectionBar } from "./selection-bar.tsx";
import { SessionActions } from "./session-actions.tsx";
import { Instructions, StudentPanel } from "./student-panel.tsx";
import { TagDialog } from "./tag-dialog.tsx";
import { Worksheet } from "./worksheet.tsx";
import "../classroom.css";

export interface ClassroomSessionProps {
  /** Where the student's work is kept on this device. */
  readonly local: LocalStore;
  readonly comparison: Comparison;
  readonly inputs: readonly SourceInput[];
  readonly title: string;
  /** The teacher's lesson; absent on a plain class link. */
  readonly lesson: SharedLesson | undefined;
  /** Handed-in work: the session opens read-only on it. */
  readonly work: SharedWork | undefined;
  /** The page's header, with the session's buttons (styled by `headerButtons`) in it. */
  readonly renderHeader: (actions: ReactNode) => ReactNode;
  readonly headerButtons: { readonly button: string; readonly primary: string };
  /** The reader the reports are read in (features do not import each other). */
  readonly renderReader: RenderReader;
  /** Notes about the run, above the reports. */
  readonly notes: ReactNode;
  /** A link to these reports carrying the lesson and the work; undefined when it is too long. */
  readonly handInUrl: (lesson: SharedLesson, work: SharedWork) => string | undefined;
}

/** Classroom mode once the analysis is ready: the student's session, or a handed-in copy. */
export function ClassroomSession(props: ClassroomSessionProps) {
  return (
    <GlossaryProvider>
      <Session {...props} />
    </GlossaryProvider>
  );
}

function Session({
  local,
  comparison,
  inputs,
  title,
  lesson: sharedLesson,
  work: sharedWork,
  renderHeader,
  headerButtons,
  renderReader,
  notes,
  handInUrl,
}: ClassroomSessionProps) {
  const { index, marks, marksById, plain, allItems, lesson, lessonLink, handedIn } = useLesson(
    comparison,
    sharedLesson,
    sharedWork,
    title,
  );
  const readOnly = handedIn !== undefined;
  const saved = useStudentWork({ local, inputs, index, lesson: lessonLink, handedIn });
  const work = saved.value;
  const setWork = saved.setValue;

  const [revealed, setRevealed] = useState(false);
  const [handInOpen, setHandInOpen] = useState(false);
  const [announcement, announce] = useState("");
  const wide = useMediaQuery(WIDE_QUERY);
  const readerRef = useRef<ReaderControls>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // A lesson may ask only questions: then there is nothing to tag.
  const tagging = !revealed && !readOnly && lesson.focus.length > 0;
  const tags = useTagging({ rootRef, index, plain, work, enabled: tagging });

  const items = useMemo(
    () => allItems.filter((item) => lesson.focus.includes(item.kind)),
    [allItems, lesson.focus],
  );
  const result = useMemo(
    () => checkReading(index, items, work.tags, lesson.focus),
    [index, items, work.tags, lesson.focus],
  );
  const { flash } = useTagHighlights(rootRef, index, work.tags, revealed ? "mine" : "by-kind");
  const sourceOrder = useMemo(() => index.sources.map((s) => s.id), [index]);

  const show = useCallback(
    (passage: Passage) => {
      const sentence = passageSentence(index, passage);
      if (sentence) readerRef.current?.goTo({ sentenceId: sentence.id, span: passage });
      flash(passage);
    },
    [index, flash],
  );

  const onReaderFocus = useCallback(
    (sentenceId: string) => {
      const located = index.sentence(sentenceId);
      if (!located) return;
      const lead = readOnly ? "Tagged in this sentence" : "Your tags in this sentence";
      announce(spokenTags(index, work.tags, located.source.id, located.sentence, lead));
    },
    [index, work.tags, readOnly],
  );
  const saveTag = (passage: Passage, kind: StudentTag["kind"], note: string): void => {
    setWork((w) => addTag(w, passage, kind, note, sourceOrder).work);
    tags.setTarget(null);
    document.getSelection()?.removeAllRanges();
    announce(
      `Tagged “${passageWords(index, passage)}” as ${tagKindInfo(kind).label.toLowerCase()}.`,
    );
  };
  const removeOne = (tag: StudentTag): void => {
    setWork((w) => removeTag(w, tag.id));
    tags.setTarget(null);
    announce(`Removed the tag on “${passageWords(index, tag)}”.`);
  };

  const reveal = (): void => {
    setRevealed(true);
    if (!readOnly) setWork(markChecked);
    announce("Parallax's marks are shown. Your results are in the panel.");
  };

  const print = (): void => {
    setHandInOpen(false);
    // After the dialog has closed, so it is not in the printed copy.
    requestAnimationFrame(() => window.print());
  };

  const makeHandInUrl = useCallback(
    () => handInUrl(lessonLink, toSharedWork(index, work)),
    [handInUrl, lessonLink, index, work],
  );

  const explanationExtra = useExplanationTerms(marksById);

  return (
    <ExplanationExtra value={explanationExtra}>
      <div
        className="flex min-h-dvh flex-col lg:h-dvh lg:min-h-0 lg:overflow-hidden print:block print:h-auto"
        data-page="classroom"
        data-revealed={revealed ? "true" : "false"}
      >
        <div className="contents print:hidden">
          <SkipLink targetId="reader">Skip to the reports</SkipLink>
          {renderHeader(
            <SessionActions
              buttonClass={headerButtons.button}
              primaryClass={headerButtons.primary}
              readOnly={readOnly}
              onPrint={print}
              onHandIn={() => setHandInOpen(true)}
            />,
          )}
          <ClassroomWorkspace
            notes={notes}
            renderReader={renderReader}
            index={revealed ? index : plain}
            marks={revealed ? marks : []}
            visibility={revealed ? visibilityFor(lesson.focus) : NOTHING_VISIBLE}
            wide={wide}
            readerRef={readerRef}
            rootRef={rootRef}
            onTagSentence={tagging ? tags.tagSentence : undefined}
            onTextClick={tagging ? tags.onTextClick : undefined}
            onTagKey={tagging ? tags.tagKey : undefined}
            onSentenceFocus={revealed ? undefined : onReaderFocus}
            banner={readOnly ? <HandedInBanner lesson={lesson} work={work} /> : null}
            instructions={<Instructions lesson={lesson} />}
            panel={
              <StudentPanel
                index={index}
                lesson={lesson}
                work={work}
                readOnly={readOnly}
                revealed={revealed}
                result={result}
                onReveal={reveal}
                onHide={() => setRevealed(false)}
                onShow={show}
                onEditTag={(tag) => tags.setTarget({ kind: "edit", tag })}
                onRemoveTag={removeOne}
                onAnswer={(id, text) => setWork((w) => setAnswer(w, id, text))}
                saveStatus={saved.status}
                restored={saved.restored}
                onHandIn={() => setHandInOpen(true)}
                onPrint={print}
              />
            }
          />
          {tagging ? (
            <SelectionBar index={plain} selection={tags.selection} onTag={tags.tagSelection} />
          ) : null}
          <p role="status" className="sr-only" data-announcement="">
            {announcement}
          </p>
        </div>
        <Worksheet
          index={index}
          lesson={lesson}
          work={work}
          result={work.checked ? result : undefined}
        />
      </div>
      <TagDialog
        target={tags.target}
        index={index}
        focus={lesson.focus}
        onSave={saveTag}
        onUpdate={(id, kind, note) => {
          setWork((w) => updateTag(w, id, { kind, note }));
          tags.setTarget(null);
          announce("Tag saved.");
        }}
        onRemove={(id) => {
          const tag = work.tags.find((t) => t.id === id);
          if (tag) removeOne(tag);
        }}
        onClose={() => tags.setTarget(null)}
      />
      {readOnly ? null : (
        <HandInDialog
          open={handInOpen}
          onClose={() => setHandInOpen(false)}
          student={work.student}
          onStudent={(name) => setWork((w) => setStudent(w, name))}
          makeUrl={makeHandInUrl}
          warnChars={SHARE_LIMITS.warnFragmentChars}
          onPrint={print}
          tagCount={work.tags.length}
          answerCount={Object.keys(work.answers).length}
          questionCount={askableQuestions(lesson).length}
        />
      )}
    </ExplanationExtra>
  );
}
