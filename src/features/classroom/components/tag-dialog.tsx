import { useEffect, useId, useRef, useState } from "react";
import { ModalDialog } from "../../../ui/modal-dialog.tsx";
import type { ComparisonIndex } from "../../../comparison/comparison-index.ts";
import { passageExcerpt, passageSentence } from "../model/passages.ts";
import { tagKindInfo, type TagKind } from "../model/tag-kinds.ts";
import type { Passage, StudentTag } from "../model/types.ts";
import { TermButton } from "./glossary.tsx";
import { FIELD, PRIMARY, BUTTON } from "./styles.ts";
import { TagBadge } from "./tag-badge.tsx";
import { WordChooser } from "./word-chooser.tsx";
import { DialogHeader } from "../../../ui/dialog-header.tsx";

/** What the tag dialog is open on. */
export type TagTarget =
  /** New words to tag; `chooseWords` when they are a whole sentence picked by keyboard. */
  | { readonly kind: "new"; readonly passage: Passage; readonly chooseWords: boolean }
  | { readonly kind: "edit"; readonly tag: StudentTag };

interface TagDialogProps {
  readonly target: TagTarget | null;
  readonly index: ComparisonIndex;
  /** The kinds the lesson offers. */
  readonly focus: readonly TagKind[];
  readonly onSave: (passage: Passage, kind: TagKind, note: string) => void;
  readonly onUpdate: (id: string, kind: TagKind, note: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onClose: () => void;
}

/** Tagging a passage, or changing or removing a tag: its kind and an optional note. */
export function TagDialog({ target, ...props }: TagDialogProps) {
  const headingId = useId();
  return (
    <ModalDialog
      open={target !== null}
      onClose={props.onClose}
      labelledBy={headingId}
      className="m-auto max-h-[calc(100dvh-1.5rem)] w-[min(32rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-rule bg-panel p-5 text-ink shadow-2xl backdrop:bg-black/30"
    >
      {target ? (
        <TagForm
          key={
            target.kind === "edit"
              ? target.tag.id
              : `${target.passage.source}-${target.passage.start}`
          }
          target={target}
          headingId={headingId}
          {...props}
        />
      ) : null}
    </ModalDialog>
  );
}

function TagForm({
  target,
  headingId,
  index,
  focus,
  onSave,
  onUpdate,
  onRemove,
  onClose,
}: Omit<TagDialogProps, "target"> & { readonly target: TagTarget; readonly headingId: string }) {
  const editing = target.kind === "edit" ? target.tag : undefined;
  const [passage, setPassage] = useState<Passage>(
    target.kind === "edit" ? target.tag : target.passage,
  );
  const [kind, setKind] = useState<TagKind | undefined>(editing?.kind);
  const [note, setNote] = useState(editing?.note ?? "");
  const wordsId = useId();
  const noteId = useId();
  const source = index.source(passage.source);
  const sentence =
    target.kind === "new" && target.chooseWords
      ? passageSentence(index, target.passage)
      : undefined;
  // A kind the lesson no longer offers stays choosable on the tag that has it.
  const kinds = editing && !focus.includes(editing.kind) ? [...focus, editing.kind] : focus;

  const formRef = useRef<HTMLFormElement>(null);
  // Start where the choice is: the words when narrowing a sentence, else the kind.
  useEffect(() => {
    const form = formRef.current;
    const first =
      form?.querySelector<HTMLElement>('[data-word-chooser] [tabindex="0"]') ??
      form?.querySelector<HTMLElement>('input[name="tag-kind"]:checked') ??
      form?.querySelector<HTMLElement>('input[name="tag-kind"]');
    const frame = requestAnimationFrame(() => first?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <form
      ref={formRef}
      method="dialog"
      onSubmit={(event) => {
        event.preventDefault();
        if (!kind) return;
        if (editing) onUpdate(editing.id, kind, note);
        else onSave(passage, kind, note);
      }}
    >
      <DialogHeader id={headingId} onClose={onClose}>
        {editing ? "Your tag" : "Tag a passage"}
      </DialogHeader>
      <p className="text-xs font-semibold text-muted">{source?.name}</p>
      <blockquote
        className="mt-1 rounded-md border-l-4 border-rule bg-paper px-3 py-2 font-reading text-[0.9375rem] leading-snug text-ink"
        data-tag-passage=""
      >
        “{passageExcerpt(index, passage, 400)}”
      </blockquote>
      {sentence && source ? (
        <div className="mt-3">
          <p id={wordsId} className="mb-1.5 text-sm font-semibold">
            Words to tag
          </p>
          <WordChooser
            source={source}
            sentence={sentence}
            onChange={setPassage}
            labelledBy={wordsId}
          />
        </div>
      ) : null}
      <fieldset className="mt-4">
        <legend className="mb-1.5 text-sm font-semibold">What is it?</legend>
        <div className="space-y-1">
          {kinds.map((id) => {
            const info = tagKindInfo(id);
            return (
              <label
                key={id}
                className="flex cursor-pointer items-start gap-2.5 rounded-md px-2 py-1.5 hover:bg-ink/5 has-[:checked]:bg-ink/5 has-[:checked]:ring-1 has-[:checked]:ring-ink"
              >
                <input
                  type="radio"
                  name="tag-kind"
                  value={id}
                  checked={kind === id}
                  onChange={() => setKind(id)}
                  className="mt-1 accent-ink"
                />
                <span className="min-w-0">
                  <TagBadge kind={id} />
                  <span className="block text-xs text-muted">{info.hint}</span>
                </span>
              </label>
            );
          })}
        </div>
        {kind ? (
          <p className="mt-2">
            <TermButton term={tagKindInfo(kind).term} />
          </p>
        ) : null}
      </fieldset>
      <label htmlFor={noteId} className="mt-4 block text-sm font-semibold">
        Note <span className="font-normal text-muted">(optional)</span>
      </label>
      <textarea
        id={noteId}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
        maxLength={1000}
        placeholder="Why did you tag it?"
        className={`${FIELD} mt-1 font-sans`}
      />
      <div className="mt-5 flex flex-wrap items-center gap-2">
        <button type="submit" className={PRIMARY} disabled={!kind} data-save-tag="">
          {editing ? "Save changes" : "Save tag"}
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          Cancel
        </button>
        {editing ? (
          <button
            type="button"
            className={`${BUTTON} ml-auto`}
            onClick={() => onRemove(editing.id)}
          >
            Remove tag
          </button>
        ) : null}
      </div>
      {!kind ? <p className="mt-2 text-xs text-muted">Choose what it is to save the tag.</p> : null}
    </form>
  );
}
