import { useId, useRef, useState } from "react";
import { PRIMARY } from "./styles.ts";

type CopyState = "idle" | "copied" | "failed";

const number = (n: number): string => n.toLocaleString("en");

interface CopyLinkProps {
  /** Makes the link when asked: it may be long to compress. Undefined when none can be made. */
  readonly makeUrl: () => string | undefined;
  readonly label: string;
  /** Above this many characters, warn that some places cut links. */
  readonly warnChars: number;
  /** Said when no link can be made. */
  readonly unavailable: string;
  readonly "data-copy"?: string;
}

/**
 * A button that makes a link, copies it, and then shows it in a field to copy by hand (when the
 * clipboard is refused), with its length and a warning where chat apps and e-mail may cut it.
 */
export function CopyLink({
  makeUrl,
  label,
  warnChars,
  unavailable,
  "data-copy": data,
}: CopyLinkProps) {
  const [url, setUrl] = useState<string | undefined>();
  const [state, setState] = useState<CopyState>("idle");
  const [missing, setMissing] = useState(false);
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);

  const copy = async (): Promise<void> => {
    const link = makeUrl();
    setUrl(link);
    setMissing(link === undefined);
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setState("copied");
    } catch {
      setState("failed");
      requestAnimationFrame(() => fieldRef.current?.select());
    }
  };

  return (
    <div data-copy-link={data}>
      <button type="button" className={PRIMARY} onClick={() => void copy()}>
        {label}
      </button>
      {missing ? <p className="mt-2 text-sm text-ink">{unavailable}</p> : null}
      {url ? (
        <>
          <label htmlFor={fieldId} className="mt-3 block text-xs font-semibold text-muted">
            Link
          </label>
          <input
            ref={fieldRef}
            id={fieldId}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full min-w-0 rounded-md border border-rule bg-paper px-2.5 py-1.5 font-mono text-xs text-ink"
            data-link-url=""
          />
          <p className="mt-1 text-xs text-muted" data-link-chars={url.length}>
            {number(url.length)} characters long.
            {url.length > warnChars
              ? ` Longer than ${number(warnChars)}: some places (chat apps, e-mail) may cut it, so check that it arrives whole.`
              : ""}
          </p>
        </>
      ) : null}
      <p role="status" className="mt-1 min-h-5 text-sm text-ink" data-copy-status={state}>
        {state === "copied"
          ? "Copied to the clipboard."
          : state === "failed"
            ? "The browser did not let Parallax copy it: the link is selected above, copy it by hand (Ctrl+C or ⌘C)."
            : ""}
      </p>
    </div>
  );
}
