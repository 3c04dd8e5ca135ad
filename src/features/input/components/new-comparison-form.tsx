import { useEffect, useMemo, useRef, useState } from "react";
import type { SourceInput } from "../../../analysis/types.ts";
import { useDraft } from "../hooks/use-draft.ts";
import {
  addSource,
  emptyDraft,
  isBlank,
  MAX_SOURCES,
  removeSource,
  sourceLabel,
  updateSource,
  type AddIncoming,
  type Draft,
  type DraftSource,
} from "../model/draft.ts";
import type { LocalStore } from "../../../ui/local-store.ts";
import { placeFiles } from "../model/place-files.ts";
import { readSourceFile } from "../model/read-file.ts";
import {
  issueLabel,
  isUrgent,
  issueMessage,
  sourceFormat,
  toInputs,
  validateDraft,
} from "../model/validate.ts";
import { withText } from "../model/source-text.ts";
import { SourceEditor } from "./source-editor.tsx";

interface NewComparisonFormProps {
  readonly local: LocalStore;
  /** An article the bookmarklet brought in, to add to the comparison being prepared. */
  readonly incoming?: AddIncoming | undefined;
  readonly onCompare: (inputs: readonly SourceInput[]) => void;
}

/**
 * Bring your own reports: two to six sources, each pasted or loaded from a file, checked as the
 * user goes, and kept on the device as they type. Nothing the user typed is ever thrown away:
 * a refused file leaves the text as it was, and a file that replaces text can be undone.
 */
export function NewComparisonForm({ local, incoming, onCompare }: NewComparisonFormProps) {
  const { draft, setDraft, restored, arrival } = useDraft(local, incoming);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [fileErrors, setFileErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [replaced, setReplaced] = useState<ReadonlyMap<string, DraftSource>>(new Map());
  const [formNote, setFormNote] = useState<string | undefined>();
  const [cleared, setCleared] = useState<Draft | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const draftRef = useRef(draft);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);

  const issues = useMemo(() => validateDraft(draft), [draft]);
  const messages = draft.sources.map((source, k) => {
    const fileError = fileErrors.get(source.key);
    if (fileError) return fileError;
    const issue = issues[k];
    if (!issue) return undefined;
    const show =
      submitted || isUrgent(issue) || (issue.kind === "too-short" && touched.has(source.key));
    return show ? issueMessage(issue, draft) : undefined;
  });
  const blocking = issues.filter((issue) => issue !== undefined).length;

  // A file dropped beside the cards must not make the browser open it in place of the app.
  useEffect(() => {
    const stop = (event: DragEvent): void => {
      if (event.dataTransfer && [...event.dataTransfer.types].includes("Files")) {
        event.preventDefault();
      }
    };
    window.addEventListener("dragover", stop);
    window.addEventListener("drop", stop);
    return () => {
      window.removeEventListener("dragover", stop);
      window.removeEventListener("drop", stop);
    };
  }, []);

  const forget = (key: string): void => {
    setFileErrors((m) => (m.has(key) ? new Map([...m].filter(([k]) => k !== key)) : m));
    setReplaced((m) => (m.has(key) ? new Map([...m].filter(([k]) => k !== key)) : m));
  };

  const change = (key: string, update: (source: DraftSource) => DraftSource): void => {
    setDraft((d) => updateSource(d, key, update));
  };

  /** Files go to this source, then to the empty ones after it, then to new ones (up to six). */
  const loadFiles = async (key: string, files: readonly File[]): Promise<void> => {
    setFormNote(undefined);
    const results = await Promise.all(files.map(readSourceFile));
    // Placed against the form as it is now: the user may have typed while the files were read.
    const placed = placeFiles(draftRef.current, key, files, results);
    setDraft(placed.draft);
    setFileErrors((m) => {
      const copy = new Map(m);
      for (const target of placed.targets) copy.delete(target);
      for (const [target, message] of placed.errors) copy.set(target, message);
      return copy;
    });
    setReplaced((m) => new Map([...m, ...placed.replaced]));
    if (placed.skipped.length > 0) {
      const names = placed.skipped.join(", ");
      setFormNote(
        `A comparison takes at most ${MAX_SOURCES} sources, so ${names} ${placed.skipped.length > 1 ? "were" : "was"} not added.`,
      );
    }
  };

  const submit = (): void => {
    setSubmitted(true);
    if (blocking > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    onCompare(toInputs(draft));
  };

  const problems = draft.sources
    .map((source, k) => ({ source, k, message: messages[k] }))
    .filter((p) => p.message !== undefined || (submitted && issues[p.k] !== undefined));

  return (
    <form
      noValidate
      aria-label="New comparison"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {arrival ? (
        <p className="mb-4 text-sm text-ink" role="status" data-arrival={arrival.kind}>
          {arrival.message}
        </p>
      ) : restored ? (
        <p className="mb-4 text-sm text-muted" role="status">
          Restored what you were working on.
        </p>
      ) : null}
      {submitted && problems.length > 0 ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="mb-5 rounded-xl border border-muted bg-panel px-4 py-3 text-sm text-ink"
          data-problem-summary=""
        >
          <p className="font-semibold">
            {problems.length === 1
              ? "One source needs attention before comparing:"
              : `${problems.length} sources need attention before comparing:`}
          </p>
          <ul className="mt-1.5 list-disc space-y-0.5 pl-5">
            {problems.map(({ source, k }) => (
              <li key={source.key}>
                <a
                  href={`#${source.key}-text`}
                  className="text-link underline underline-offset-2"
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`${source.key}-text`)?.focus();
                  }}
                >
                  {sourceLabel(k)}
                  {source.name.trim() ? ` (${source.name.trim()})` : ""}
                </a>
                {": "}
                {fileErrors.has(source.key)
                  ? "the file could not be used"
                  : issues[k]
                    ? issueLabel(issues[k])
                    : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ol className="grid gap-4 xl:grid-cols-2">
        {draft.sources.map((source, k) => {
          const previous = replaced.get(source.key);
          return (
            <SourceEditor
              key={source.key}
              source={source}
              position={k}
              message={messages[k]}
              format={sourceFormat(source)}
              canRemove={draft.sources.length > 2}
              notice={
                previous && source.file
                  ? {
                      text: `Replaced the text with ${source.file.name}.`,
                      undo: () => {
                        change(source.key, () => previous);
                        forget(source.key);
                      },
                    }
                  : undefined
              }
              onText={(text) => {
                forget(source.key);
                change(source.key, (s) => withText(s, text, s.file));
              }}
              onName={(name) => change(source.key, (s) => ({ ...s, name, nameEdited: true }))}
              onBlur={() =>
                setTouched((t) => (t.has(source.key) ? t : new Set([...t, source.key])))
              }
              onFiles={(files) => void loadFiles(source.key, files)}
              onRemove={() => {
                forget(source.key);
                setDraft((d) => removeSource(d, source.key));
              }}
            />
          );
        })}
      </ol>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => setDraft(addSource)}
          disabled={draft.sources.length >= MAX_SOURCES}
          className="rounded-md border border-dashed border-muted px-3 py-1.5 text-sm font-semibold text-ink hover:bg-ink/5 disabled:cursor-not-allowed disabled:opacity-50"
        >
          + Add a source
        </button>
        <p className="text-xs text-muted">
          {draft.sources.length} of at most {MAX_SOURCES} sources.
        </p>
      </div>
      {formNote ? (
        <p className="mt-3 text-sm text-ink" role="status">
          {formNote}
        </p>
      ) : null}

      <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-3 border-t border-rule pt-5">
        <button
          type="submit"
          className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90"
        >
          Compare {draft.sources.length} reports
        </button>
        <p className="text-xs text-muted">Kept on this device as you type. Nothing is uploaded.</p>
        <span className="flex-1" />
        {isBlank(draft) && !cleared ? null : cleared ? (
          <p className="text-sm text-ink" role="status">
            Cleared.{" "}
            <button
              type="button"
              onClick={() => {
                setDraft(cleared);
                setCleared(undefined);
              }}
              className="font-semibold text-link underline-offset-2 hover:underline"
            >
              Undo
            </button>
          </p>
        ) : (
          <button
            type="button"
            onClick={() => {
              setCleared(draft);
              setDraft(emptyDraft());
              setSubmitted(false);
              setTouched(new Set());
              setFileErrors(new Map());
              setReplaced(new Map());
            }}
            className="rounded-md px-2.5 py-1.5 text-sm font-medium text-muted hover:bg-ink/5 hover:text-ink"
          >
            Start over
          </button>
        )}
      </div>
    </form>
  );
}
