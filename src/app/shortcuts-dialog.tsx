import { ModalDialog } from "../ui/modal-dialog.tsx";
import { Kbd } from "../ui/kbd.tsx";
import { LAYERS } from "../comparison/layers.ts";
import { DialogHeader } from "../ui/dialog-header.tsx";

const SHORTCUTS: readonly (readonly [keys: readonly string[], what: string])[] = [
  [["j", "k"], "Next / previous aligned sentence"],
  [["l", "h"], "Jump to its partner in the next / previous column"],
  [["Enter"], "Explain the focused sentence or mark"],
  [["Tab"], "Move between marks, chips and controls"],
  [["Esc"], "Close an explanation"],
  ...LAYERS.map((layer) => [[layer.key], `Show or hide ${layer.label.toLowerCase()}`] as const),
  [["r"], "Show or hide removed page text"],
  [["s"], "Go to the summary"],
  [["?"], "This list"],
];

/** The `?` sheet: every key the reader answers to. */
export function ShortcutsDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      labelledBy="shortcuts-heading"
      className="m-auto w-[min(30rem,calc(100vw-1.5rem))] rounded-xl border border-rule bg-panel p-6 text-ink shadow-2xl backdrop:bg-black/30"
    >
      <DialogHeader id="shortcuts-heading" onClose={onClose} className="mb-4">
        Keyboard shortcuts
      </DialogHeader>
      <dl className="divide-y divide-rule text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="flex items-center justify-between gap-4 py-2">
            <dt className="flex shrink-0 gap-1">
              {keys.map((key) => (
                <Kbd key={key}>{key}</Kbd>
              ))}
            </dt>
            <dd className="text-right text-muted">{what}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
