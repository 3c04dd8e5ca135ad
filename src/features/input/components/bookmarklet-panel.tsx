import { useEffect, useMemo, useRef, useState } from "react";
import { bookmarkletUrl } from "../bookmarklet/bookmarklet-url.ts";

type Note = "idle" | "dragged-not-clicked" | "copied" | "copy-failed";

const NOTES: Record<Exclude<Note, "idle">, string> = {
  "dragged-not-clicked":
    "Drag the button to your bookmarks bar rather than clicking it here: it works on a news article.",
  copied:
    "Copied. Make a new bookmark (Ctrl+D or ⌘D, then edit it), name it Add to Parallax and paste this as its address.",
  "copy-failed":
    "The clipboard was refused: right-click the button and copy the link's address, then paste it as a new bookmark's address.",
};

/**
 * The bookmarklet, offered for the address this page is served from: dragged to the bookmarks
 * bar, then clicked on a news article, it brings the article in as a new source. Keyboard users
 * copy it and make the bookmark by hand. Loaded with the page's later chunks: the bookmarklet's
 * source is not in the first script.
 */
export function BookmarkletPanel({ headingId }: { readonly headingId: string }) {
  const url = useMemo(
    () => bookmarkletUrl(`${window.location.origin}${window.location.pathname}`),
    [],
  );
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [note, setNote] = useState<Note>("idle");

  // Set outside React, which replaces javascript: addresses in href with one that throws.
  useEffect(() => {
    linkRef.current?.setAttribute("href", url);
  }, [url]);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setNote("copied");
    } catch {
      setNote("copy-failed");
    }
  };

  return (
    <section aria-labelledby={headingId} data-bookmarklet-panel="">
      <h2 id={headingId} className="text-xs font-semibold tracking-wider text-muted uppercase">
        Add from a news page
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-ink">
        Drag this button to your bookmarks bar. On a news article, click it: the article comes here
        as a new source, with its outlet&rsquo;s name. Do the same on another outlet&rsquo;s report
        to add it too, up to six.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {/* The href becomes the javascript: bookmarklet in the effect above. */}
        <a
          ref={linkRef}
          href="#new"
          data-bookmarklet=""
          draggable
          onClick={(event) => {
            event.preventDefault();
            setNote("dragged-not-clicked");
          }}
          className="inline-block cursor-grab rounded-md border border-ink bg-panel px-3 py-1.5 text-sm font-semibold text-ink hover:bg-ink/5"
        >
          Add to Parallax
        </a>
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md px-2.5 py-1.5 text-sm font-medium text-link underline-offset-2 hover:underline"
        >
          Copy it instead
        </button>
      </div>
      <p className="mt-2 text-xs leading-relaxed text-muted">
        It reads only the page you click it on and sends nothing anywhere: the article travels to
        this browser&rsquo;s Parallax inside the address it opens.
      </p>
      <p className="mt-2 text-sm text-ink" role="status" data-bookmarklet-note="">
        {note === "idle" ? "" : NOTES[note]}
      </p>
    </section>
  );
}
