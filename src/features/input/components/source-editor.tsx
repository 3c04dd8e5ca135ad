import { useRef, useState, type DragEvent } from "react";
import { SHARE_LIMITS } from "../../../share/link.ts";
import { sourceLabel, type DraftSource } from "../model/draft.ts";
import { cleanSourceName } from "../model/source-name.ts";
import { ACCEPTED_FILES } from "../model/read-file.ts";

interface SourceEditorProps {
  readonly source: DraftSource;
  readonly position: number;
  /** The message to show next to this source, if any. */
  readonly message: string | undefined;
  /** A note that is not an error (a file replaced the text, with a way back). */
  readonly notice: { readonly text: string; readonly undo: () => void } | undefined;
  readonly format: "text" | "html";
  readonly canRemove: boolean;
  readonly onText: (text: string) => void;
  readonly onName: (name: string) => void;
  readonly onBlur: () => void;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onRemove: () => void;
}

function hasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes("Files");
}

/**
 * One report: its outlet name, its text (pasted, typed, or loaded from a file dropped on the
 * card or chosen), and what is wrong with it, right beside it.
 */
export function SourceEditor({
  source,
  position,
  message,
  notice,
  format,
  canRemove,
  onText,
  onName,
  onBlur,
  onFiles,
  onRemove,
}: SourceEditorProps) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const label = sourceLabel(position);
  const id = source.key;
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;

  const hint =
    source.text.trim() === ""
      ? "Paste the article's text or a whole web page's HTML, or drop a .txt, .html or .md file here."
      : format === "html"
        ? "Read as a web page: the article is picked out, menus and footers are set aside."
        : "Read as plain text.";

  return (
    <li
      className={`relative rounded-xl border bg-panel p-4 transition-colors sm:p-5 ${dragging ? "border-dashed border-active" : message ? "border-muted" : "border-rule"}`}
      data-source-editor={label}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        setDragging(false);
        if (!hasFiles(event)) return; // dropped text goes into the field as usual
        event.preventDefault();
        onFiles([...event.dataTransfer.files]);
      }}
    >
      <fieldset>
        <legend className="sr-only">{label}</legend>
        <div className="flex items-center justify-between gap-3">
          <p
            aria-hidden="true"
            className="text-xs font-semibold tracking-wider text-muted uppercase"
          >
            {label}
          </p>
          {canRemove ? (
            <button
              type="button"
              onClick={onRemove}
              className="rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-ink/5 hover:text-ink"
            >
              Remove<span className="sr-only"> {label}</span>
            </button>
          ) : null}
        </div>

        <label htmlFor={`${id}-name`} className="mt-2 block text-sm font-semibold text-ink">
          Outlet name
        </label>
        <input
          id={`${id}-name`}
          type="text"
          value={source.name}
          maxLength={SHARE_LIMITS.maxNameChars}
          placeholder={label}
          autoComplete="off"
          onChange={(event) => onName(event.target.value)}
          className="mt-1 w-full rounded-md border border-rule bg-paper px-2.5 py-1.5 text-sm text-ink placeholder:text-muted/80"
        />
        {source.name && !source.nameEdited ? (
          <p className="mt-1 text-xs text-muted">
            Suggested from the page; change it if it is wrong.
          </p>
        ) : null}

        <label htmlFor={`${id}-text`} className="mt-3 block text-sm font-semibold text-ink">
          Report
        </label>
        <textarea
          id={`${id}-text`}
          value={source.text}
          rows={9}
          spellCheck={false}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${messageId} ${hintId}` : hintId}
          onChange={(event) => onText(event.target.value)}
          onBlur={onBlur}
          className={`mt-1 block w-full resize-y rounded-md border border-rule bg-paper px-3 py-2 leading-relaxed text-ink aria-[invalid=true]:border-muted ${format === "html" ? "font-mono text-[0.8125rem]" : "font-reading text-[0.9375rem]"}`}
        />
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5">
          <button
            type="button"
            onClick={() => fileRef.current?.click()}
            className="rounded-md border border-rule px-2.5 py-1 text-xs font-semibold text-ink hover:bg-ink/5"
          >
            Choose a file…<span className="sr-only"> for {label}</span>
          </button>
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPTED_FILES}
            multiple
            hidden
            data-file-input={label}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = ""; // choosing the same file again still counts
              if (files.length > 0) onFiles(files);
            }}
          />
          <p id={hintId} className="min-w-0 flex-1 text-xs text-muted">
            {source.file ? (
              <>
                {/* Cleaned and isolated: "report\u202Elmth.txt" must not read as "reporttxt.html". */}
                From <bdi className="font-medium text-ink">{cleanSourceName(source.file.name)}</bdi>
                .{" "}
              </>
            ) : null}
            {hint}
          </p>
        </div>
        {notice ? (
          <p className="mt-2 flex flex-wrap items-baseline gap-x-2 text-sm text-ink" role="status">
            {notice.text}
            <button
              type="button"
              onClick={notice.undo}
              className="text-sm font-semibold text-link underline-offset-2 hover:underline"
            >
              Undo
            </button>
          </p>
        ) : null}
        <p
          id={messageId}
          className={
            message
              ? "mt-2 rounded-md border border-dashed border-muted bg-paper px-3 py-2 text-sm leading-relaxed text-ink"
              : "sr-only"
          }
          data-source-message={message ? "" : undefined}
          aria-live="polite"
        >
          {message ? (
            <>
              <span aria-hidden="true" className="mr-1.5 font-bold">
                !
              </span>
              {message}
            </>
          ) : null}
        </p>
      </fieldset>
    </li>
  );
}
