import { useId, useRef, useState } from "react";
import { SHARE_LIMITS } from "../share/link.ts";
import { ModalDialog } from "../ui/modal-dialog.tsx";
import { measureLink } from "./share-state.ts";

interface ShareButtonProps {
  /** Makes the link (on click: long reports take a moment to compress); undefined when too long. */
  readonly makeUrl: () => string | undefined;
  /** A shipped sample: its link is short and names it. */
  readonly seed: boolean;
  readonly buttonClassName: string;
}

type CopyState = "idle" | "copied" | "failed";

const number = (n: number): string => n.toLocaleString("en");

/**
 * Share copies the link at once, then shows it: the length, a warning where it will be too
 * long for chat apps and e-mail, and the link itself in a field to copy by hand when the
 * clipboard is refused.
 */
export function ShareButton({ makeUrl, seed, buttonClassName }: ShareButtonProps) {
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState<string | undefined>();
  const [copy, setCopy] = useState<CopyState>("idle");
  const headingId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  const copyLink = async (link: string | undefined): Promise<void> => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      setCopy("failed");
      fieldRef.current?.select();
    }
  };

  const length = url ? measureLink(url) : undefined;
  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        data-share-button=""
        onClick={() => {
          const link = makeUrl();
          setUrl(link);
          setCopy("idle");
          setOpen(true);
          void copyLink(link);
        }}
      >
        Share
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        labelledBy={headingId}
        className="m-auto w-[min(34rem,calc(100vw-1.5rem))] rounded-xl border border-rule bg-panel p-6 text-ink shadow-2xl backdrop:bg-black/30"
      >
        <div className="mb-3 flex items-baseline justify-between gap-4">
          <h2 id={headingId} className="text-base font-semibold">
            Share this comparison
          </h2>
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="rounded-md px-2 py-1 text-xs font-semibold text-muted hover:bg-ink/5 hover:text-ink"
          >
            Close <span aria-hidden="true">· Esc</span>
          </button>
        </div>
        {url && length ? (
          <>
            <p className="text-sm leading-relaxed text-muted">
              {seed
                ? "A short link to this sample, opening on what you have switched on and selected."
                : "The link carries the reports themselves and what you have switched on and selected: whoever opens it sees this view. Nothing is uploaded; the analysis runs again in their browser."}
            </p>
            <label
              className="mt-4 block text-xs font-semibold text-muted"
              htmlFor={`${headingId}-url`}
            >
              Link
            </label>
            <div className="mt-1 flex gap-2">
              <input
                ref={fieldRef}
                id={`${headingId}-url`}
                readOnly
                value={url}
                data-share-url=""
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 flex-1 rounded-md border border-rule bg-paper px-2.5 py-1.5 font-mono text-xs text-ink"
              />
              <button
                type="button"
                onClick={() => void copyLink(url)}
                className="shrink-0 rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:opacity-90"
              >
                Copy link
              </button>
            </div>
            <p role="status" className="mt-2 min-h-5 text-sm text-ink" data-copy-status={copy}>
              {copy === "copied"
                ? "Copied to the clipboard."
                : copy === "failed"
                  ? "The browser did not let Parallax copy it: the link is selected above, copy it by hand (Ctrl+C or ⌘C)."
                  : ""}
            </p>
            <p className="mt-1 text-sm text-muted" data-link-length={length.chars}>
              {number(length.chars)} characters long.
            </p>
            {length.long ? (
              <p
                className="mt-2 rounded-md border border-dashed border-muted px-3 py-2 text-sm text-ink"
                data-link-warning=""
              >
                This link is longer than {number(SHARE_LIMITS.warnFragmentChars)} characters. Some
                places (chat apps, e-mail) may cut it: check that it arrives whole, or send the
                exported report instead.
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-sm leading-relaxed text-ink" data-link-warning="">
            These reports are too long to carry in a link (a link opens at most{" "}
            {number(SHARE_LIMITS.maxFragmentChars)} characters, or{" "}
            {SHARE_LIMITS.maxDecompressedBytes / 1048576} MB of text). Use Export to send the report
            or the data instead; the comparison stays in Recent comparisons on this device.
          </p>
        )}
      </ModalDialog>
    </>
  );
}
