import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { ModalDialog } from "../../../ui/modal-dialog.tsx";
import { GLOSSARY, glossaryTerm, type GlossaryTermId } from "../model/glossary.ts";
import { DialogHeader } from "../../../ui/dialog-header.tsx";

interface GlossaryApi {
  /** Opens the glossary, at `term` when given. */
  readonly open: (term?: GlossaryTermId) => void;
}

/** Classroom mode's one piece of shared state: any question or explanation can open the glossary. */
const GlossaryContext = createContext<GlossaryApi | null>(null);

export function useGlossary(): GlossaryApi | null {
  return useContext(GlossaryContext);
}

/** Holds the glossary dialog for everything inside it. */
export function GlossaryProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<{ open: boolean; term: GlossaryTermId | undefined }>({
    open: false,
    term: undefined,
  });
  const open = useCallback((term?: GlossaryTermId) => setState({ open: true, term }), []);
  const api = useMemo(() => ({ open }), [open]);
  return (
    <GlossaryContext value={api}>
      {children}
      <GlossaryDialog
        open={state.open}
        term={state.term}
        onClose={() => setState((s) => ({ ...s, open: false }))}
      />
    </GlossaryContext>
  );
}

function GlossaryDialog({
  open,
  term,
  onClose,
}: {
  readonly open: boolean;
  readonly term: GlossaryTermId | undefined;
  readonly onClose: () => void;
}) {
  const headingId = useId();
  const listRef = useRef<HTMLDListElement>(null);
  useEffect(() => {
    if (!open) return;
    const target = term
      ? listRef.current?.querySelector<HTMLElement>(`[data-term="${term}"]`)
      : undefined;
    target?.scrollIntoView({ block: "nearest" });
    target?.focus({ preventScroll: true });
  }, [open, term]);
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      labelledBy={headingId}
      className="m-auto max-h-[min(40rem,calc(100dvh-1.5rem))] w-[min(36rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-rule bg-panel p-6 text-ink shadow-2xl backdrop:bg-black/30"
    >
      <DialogHeader id={headingId} onClose={onClose}>
        Glossary
      </DialogHeader>
      <dl ref={listRef} className="space-y-3" data-glossary="">
        {GLOSSARY.map((entry) => (
          <div
            key={entry.id}
            className={`rounded-lg border px-3.5 py-2.5 ${entry.id === term ? "border-ink" : "border-rule"}`}
          >
            <dt
              tabIndex={-1}
              data-term={entry.id}
              aria-current={entry.id === term ? "true" : undefined}
              className="font-sans text-sm font-semibold text-ink"
            >
              {entry.term}
            </dt>
            <dd className="mt-1 text-sm leading-relaxed text-ink">{entry.definition}</dd>
            <dd className="mt-1 text-sm leading-relaxed text-muted">
              <span className="font-semibold">For example: </span>
              {entry.example}
            </dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}

/** A term a student can look up: opens the glossary at it. Nothing outside classroom mode. */
export function TermButton({ term }: { readonly term: GlossaryTermId }) {
  const glossary = useGlossary();
  if (!glossary) return null;
  const entry = glossaryTerm(term);
  return (
    <button
      type="button"
      onClick={() => glossary.open(term)}
      className="inline-flex items-center gap-1 rounded-full border border-rule px-2 py-0.5 text-xs font-medium text-ink hover:border-muted hover:bg-ink/5"
      data-term-button={term}
    >
      <span aria-hidden="true" className="font-semibold text-muted">
        ?
      </span>
      <span className="sr-only">Glossary: </span>
      {entry.term.toLowerCase()}
    </button>
  );
}

/** The terms behind something, as a row of look-ups. */
export function TermRow({ terms }: { readonly terms: readonly GlossaryTermId[] }) {
  if (terms.length === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-1.5">
      {terms.map((term) => (
        <TermButton key={term} term={term} />
      ))}
    </p>
  );
}
