import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { Progress } from "../analysis/compare.ts";
import type { SourceInput } from "../analysis/types.ts";
import { tidy } from "../comparison/wording.ts";
import { SHARE_LIMITS, shareUrl, type SharedLesson, type SharedWork } from "../share/link.ts";
import { analysisQueryOptions } from "../worker/analysis-query.ts";
import { ANALYSIS_OPTIONS } from "../worker/budget.ts";
import { AnalysisError } from "./analysis-error.tsx";
import { AppHeader, HEADER_BUTTON, HEADER_PRIMARY } from "./app-header.tsx";
import { ClassroomSession } from "../features/classroom/components/classroom-session.tsx";
import { ReaderView } from "../features/reader/components/reader-view.tsx";
import type { RenderReader } from "../features/classroom/reader-slot.ts";
import { LoadingState } from "./loading-state.tsx";
import { RunNotes } from "./run-notes.tsx";
import type { AppServices } from "./services.ts";
import type { ShareBase } from "./share-state.ts";

export interface ClassroomPageProps {
  readonly services: AppServices;
  readonly navigate: (fragment: string) => void;
  readonly inputs: readonly SourceInput[];
  /** What a link to this comparison carries besides the lesson. */
  readonly base: ShareBase;
  /** A shipped comparison's own title. */
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  readonly about?: string | undefined;
  /** The teacher's lesson; absent on a plain `mode=class` link. */
  readonly lesson: SharedLesson | undefined;
  /** A handed-in student's work: the page is then a read-only copy. */
  readonly work: SharedWork | undefined;
}

const HEADER_BUTTONS = { button: HEADER_BUTTON, primary: HEADER_PRIMARY } as const;

/** The classroom reads the reports in the reader; the app puts the two features together. */
const renderClassroomReader: RenderReader = ({ ref, ...props }) => (
  <ReaderView ref={ref} {...props} />
);

/** A link to these reports that carries the lesson and the handed-in work, if it fits in one. */
function handInUrl(base: ShareBase, lesson: SharedLesson, work: SharedWork): string | undefined {
  const url = shareUrl(`${window.location.origin}${window.location.pathname}`, {
    ...base,
    view: { mode: "class" },
    lesson,
    work,
  });
  return url.length - url.indexOf("#") - 1 <= SHARE_LIMITS.maxFragmentChars ? url : undefined;
}

/**
 * Classroom mode: the comparison analysed as for reading, then shown to a student without
 * Parallax's marks to tag and question, or as a handed-in copy for the teacher.
 */
export function ClassroomPage({
  services,
  navigate,
  inputs,
  base,
  title,
  date,
  about,
  lesson,
  work,
}: ClassroomPageProps) {
  const [progress, setProgress] = useState<Progress>();
  // The same options as the reading page, so both share one cached analysis.
  const query = useQuery(
    useMemo(
      () => analysisQueryOptions(services.client, inputs, ANALYSIS_OPTIONS, setProgress),
      [services.client, inputs],
    ),
  );
  const names = inputs.map((input) => input.name);
  const rawHeadline = query.data?.sources.find((source) => source.title)?.title;
  const comparisonTitle =
    title ??
    (rawHeadline === undefined ? undefined : tidy(rawHeadline)) ??
    `Comparing ${names.join(", ")}`;
  const shownTitle = lesson?.title?.trim() || comparisonTitle;

  useEffect(() => {
    document.title = `${shownTitle} · ${work ? "Handed in" : "Class"} · Parallax`;
  }, [shownTitle, work]);

  if (query.data) {
    return (
      <ClassroomSession
        local={services.local}
        comparison={query.data}
        inputs={inputs}
        title={shownTitle}
        lesson={lesson}
        work={work}
        renderHeader={(actions) => (
          <AppHeader
            title={shownTitle}
            date={date}
            about={about}
            sourceNames={names}
            onHome={() => navigate("")}
            actions={actions}
          />
        )}
        headerButtons={HEADER_BUTTONS}
        renderReader={renderClassroomReader}
        notes={<RunNotes comparison={query.data} />}
        handInUrl={(sharedLesson, sharedWork) => handInUrl(base, sharedLesson, sharedWork)}
      />
    );
  }
  return (
    <div className="flex min-h-dvh flex-col" data-page="classroom">
      <AppHeader
        title={shownTitle}
        date={date}
        about={about}
        sourceNames={names}
        onHome={() => navigate("")}
      />
      <main id="reader" aria-label="Reports" className="min-h-0 flex-1">
        {query.isError ? (
          <AnalysisError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState sourceNames={names} progress={progress} />
        )}
      </main>
    </div>
  );
}
