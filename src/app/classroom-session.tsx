import { useCallback, useMemo, useRef, useState } from "react";
import type { Comparison, SourceInput } from "../analysis/types.ts";
import { useExplanationTerms } from "../features/classroom/components/explanation-terms.tsx";
import { GlossaryProvider, useGlossary } from "../features/classroom/components/glossary.tsx";
import { HandInDialog } from "../features/classroom/components/hand-in-dialog.tsx";
import { HandedInBanner } from "../features/classroom/components/handed-in-banner.tsx";
import { Instructions, StudentPanel } from "../features/classroom/components/student-panel.tsx";
import { SelectionBar } from "../features/classroom/components/selection-bar.tsx";
import { TagDialog, type TagTarget } from "../features/classroom/components/tag-dialog.tsx";
import { Worksheet } from "../features/classroom/components/worksheet.tsx";
import { caretAt } from "../features/classroom/dom/caret.ts";
import { offsetAtPoint } from "../features/classroom/dom/selection.ts";
import { useReaderSelection } from "../features/classroom/hooks/use-reader-selection.ts";
import { useStudentWork } from "../features/classroom/hooks/use-student-work.ts";
import { useTagHighlights } from "../features/classroom/hooks/use-tag-highlights.ts";
import { checkReading } from "../features/classroom/model/check.ts";
import {
  fromSharedLesson,
  fromSharedWork,
  toSharedLesson,
  toSharedWork,
} from "../features/classroom/model/class-link.ts";
import { expectedItems, kindsFound } from "../features/classroom/model/expected.ts";
import { askableQuestions, defaultLesson } from "../features/classroom/model/lesson.ts";
import { passageSentence, passageWords } from "../features/classroom/model/passages.ts";
import { suggestQuestions } from "../features/classroom/model/questions.ts";
import { spokenTags } from "../features/classroom/model/spoken.ts";
import {
  NOTHING_VISIBLE,
  visibilityFor,
  withoutFindings,
} from "../features/classroom/model/reveal.ts";
import { TAG_KINDS, tagKindInfo } from "../features/classroom/model/tag-kinds.ts";
import type { Passage, StudentTag } from "../features/classroom/model/types.ts";
import {
  addTag,
  markChecked,
  removeTag,
  setAnswer,
  setStudent,
  tagsAt,
  updateTag,
} from "../features/classroom/model/work.ts";
import "../features/classroom/classroom.css";
import { ExplanationExtra } from "../ui/explanation-extra.ts";
import type { ReaderHandle } from "../features/reader/components/reader-view.tsx";
import { indexComparison } from "../comparison/comparison-index.ts";
import { buildMarks } from "../comparison/marks.ts";
import { SHARE_LIMITS, shareUrl, type SharedLesson, type SharedWork } from "../share/link.ts";
import { useMediaQuery, WIDE_QUERY } from "../ui/use-media-query.ts";
import { AppHeader, HEADER_BUTTON, HEADER_PRIMARY } from "./app-header.tsx";
import { ClassroomWorkspace } from "./classroom-workspace.tsx";
import type { AppServices } from "./services.ts";
import type { ShareBase } from "./share-state.ts";
import { SkipLink } from "../ui/skip-link.tsx";

interface ClassroomSessionProps {
  readonly services: AppServices;
  readonly navigate: (fragment: string) => void;
  readonly comparison: Comparison;
  readonly inputs: readonly SourceInput[];
  readonly base: ShareBase;
  readonly title: string;
  readonly date: string | undefined;
  readonly about: string | undefined;
  readonly lesson: SharedLesson | undefined;
  readonly work: SharedWork | undefined;
}

const ALL_KINDS = TAG_KINDS.map((k) => k.id);

/** Classroom mode once the analysis is ready: the student's session, or a handed-in copy. */
export function ClassroomSession(props: ClassroomSessionProps) {
  return (
    <GlossaryProvider>
      <Session {...props} />
    </GlossaryProvider>
  );
}

function Session({
  services,
  navigate,
  comparison,
  inputs,
  base,
  title,
  date,
  about,
  lesson: sharedLesson,
  work: sharedWork,
}: ClassroomSessionProps) {
  const glossary = useGlossary();
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
  // What a link carries of the lesson; with the reports, it names where the work is kept.
  const lessonLink = useMemo(
    () => sharedLesson ?? toSharedLesson(index, lesson),
    [sharedLesson, index, lesson],
  );
  const handedIn = useMemo(
    () => (sharedWork ? fromSharedWork(index, sharedWork) : undefined),
    [sharedWork, index],
  );
  const readOnly = handedIn !== undefined;
  const saved = useStudentWork({
    local: services.local,
    inputs,
    index,
    lesson: lessonLink,
    handedIn,
  });
  const work = saved.value;
  const setWork = saved.setValue;

  const [revealed, setRevealed] = useState(false);
  const [tagTarget, setTagTarget] = useState<TagTarget | null>(null);
  const [handInOpen, setHandInOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const wide = useMediaQuery(WIDE_QUERY);
  const readerRef = useRef<ReaderHandle>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // A lesson may ask only questions: then there is nothing to tag.
  const tagging = !revealed && !readOnly && lesson.focus.length > 0;

  const items = useMemo(
    () => allItems.filter((item) => lesson.focus.includes(item.kind)),
    [allItems, lesson.focus],
  );
  const result = useMemo(
    () => checkReading(index, items, work.tags, lesson.focus),
    [index, items, work.tags, lesson.focus],
  );
  const selection = useReaderSelection(rootRef, plain, tagging);
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

  const tagSentence = useCallback(
    (sentenceId: string) => {
      const located = index.sentence(sentenceId);
      if (!located) return;
      setTagTarget({
        kind: "new",
        passage: {
          source: located.source.id,
          start: located.sentence.start,
          end: located.sentence.end,
        },
        chooseWords: true,
      });
    },
    [index],
  );

  const tagKey = useCallback((): boolean => {
    if (selection?.kind === "passage") {
      setTagTarget({ kind: "new", passage: selection.passage, chooseWords: false });
      return true;
    }
    const focused = document.activeElement?.closest<HTMLElement>("[data-sentence-id]");
    const id =
      focused && rootRef.current?.contains(focused) ? focused.dataset["sentenceId"] : undefined;
    if (!id) return false;
    tagSentence(id);
    return true;
  }, [selection, tagSentence]);

  const onTextClick = useCallback(
    (event: MouseEvent) => {
      const root = rootRef.current;
      if (!root || !document.getSelection()?.isCollapsed) return;
      const caret = caretAt(event.clientX, event.clientY);
      const at = caret ? offsetAtPoint(root, plain, caret.node, caret.offset) : undefined;
      const tag = at ? tagsAt(work, at.source, at.offset)[0] : undefined;
      if (tag) setTagTarget({ kind: "edit", tag });
    },
    [plain, work],
  );

  const announce = (text: string): void => setAnnouncement(text);

  const onReaderFocus = useCallback(
    (sentenceId: string) => {
      const located = index.sentence(sentenceId);
      if (!located) return;
      const lead = readOnly ? "Tagged in this sentence" : "Your tags in this sentence";
      setAnnouncement(spokenTags(index, work.tags, located.source.id, located.sentence, lead));
    },
    [index, work.tags, readOnly],
  );
  const saveTag = (passage: Passage, kind: StudentTag["kind"], note: string): void => {
    setWork((w) => addTag(w, passage, kind, note, sourceOrder).work);
    setTagTarget(null);
    document.getSelection()?.removeAllRanges();
    announce(
      `Tagged “${passageWords(index, passage)}” as ${tagKindInfo(kind).label.toLowerCase()}.`,
    );
  };
  const removeOne = (tag: StudentTag): void => {
    setWork((w) => removeTag(w, tag.id));
    setTagTarget(null);
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

  const makeHandInUrl = useCallback((): string | undefined => {
    const url = shareUrl(`${window.location.origin}${window.location.pathname}`, {
      ...base,
      view: { mode: "class" },
      lesson: lessonLink,
      work: toSharedWork(index, work),
    });
    return url.length - url.indexOf("#") - 1 <= SHARE_LIMITS.maxFragmentChars ? url : undefined;
  }, [base, lessonLink, index, work]);

  const explanationExtra = useExplanationTerms(marksById);

  const names = inputs.map((input) => input.name);
  const actions = (
    <>
      <button type="button" className={HEADER_BUTTON} onClick={() => glossary?.open()}>
        Glossary
      </button>
      <button type="button" className={HEADER_BUTTON} onClick={print} data-print-worksheet="">
        Print<span className="max-sm:sr-only">&nbsp;worksheet</span>
      </button>
      {readOnly ? null : (
        <button
          type="button"
          className={HEADER_PRIMARY}
          onClick={() => setHandInOpen(true)}
          data-hand-in=""
        >
          Hand in
        </button>
      )}
    </>
  );
  const banner = readOnly ? <HandedInBanner lesson={lesson} work={work} /> : null;

  return (
    <ExplanationExtra value={explanationExtra}>
      <div
        className="flex min-h-dvh flex-col lg:h-dvh lg:min-h-0 lg:overflow-hidden print:block print:h-auto"
        data-page="classroom"
        data-revealed={revealed ? "true" : "false"}
      >
        <div className="contents print:hidden">
          <SkipLink targetId="reader">Skip to the reports</SkipLink>
          <AppHeader
            title={title}
            date={date}
            about={about}
            sourceNames={names}
            onHome={() => navigate("")}
            actions={actions}
          />
          <ClassroomWorkspace
            comparison={comparison}
            index={revealed ? index : plain}
            marks={revealed ? marks : []}
            visibility={revealed ? visibilityFor(lesson.focus) : NOTHING_VISIBLE}
            wide={wide}
            readerRef={readerRef}
            rootRef={rootRef}
            onTagSentence={tagging ? tagSentence : undefined}
            onTextClick={tagging ? onTextClick : undefined}
            onTagKey={tagging ? tagKey : undefined}
            onSentenceFocus={revealed ? undefined : onReaderFocus}
            banner={banner}
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
                onEditTag={(tag) => setTagTarget({ kind: "edit", tag })}
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
            <SelectionBar
              index={plain}
              selection={selection}
              onTag={() => {
                if (selection?.kind === "passage") {
                  setTagTarget({ kind: "new", passage: selection.passage, chooseWords: false });
                }
              }}
            />
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
        target={tagTarget}
        index={index}
        focus={lesson.focus}
        onSave={saveTag}
        onUpdate={(id, kind, note) => {
          setWork((w) => updateTag(w, id, { kind, note }));
          setTagTarget(null);
          announce("Tag saved.");
        }}
        onRemove={(id) => {
          const tag = work.tags.find((t) => t.id === id);
          if (tag) removeOne(tag);
        }}
        onClose={() => setTagTarget(null)}
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
