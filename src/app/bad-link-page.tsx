import { useEffect } from "react";
import { AppHeader } from "./app-header.tsx";

interface BadLinkPageProps {
  readonly title: string;
  /** The codec's sentence: plain, and never an echo of the link's own content. */
  readonly message: string;
  readonly navigate: (fragment: string) => void;
}

/** A link that cannot be opened: what went wrong, and ways on. Never a blank page. */
export function BadLinkPage({ title, message, navigate }: BadLinkPageProps) {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
  return (
    <div className="flex min-h-dvh flex-col" data-page="bad-link">
      <AppHeader title={title} onHome={() => navigate("")} />
      <main className="flex flex-1 items-start justify-center px-5 py-16">
        <div role="alert" className="max-w-lg rounded-xl border border-rule bg-panel p-6 shadow-sm">
          <h2 className="text-base font-semibold text-ink">{title}</h2>
          <p className="mt-2 text-sm leading-relaxed text-ink" data-bad-link-message="">
            {message}
          </p>
          <p className="mt-2 text-sm text-muted">
            Nothing from the link was run or shown. If someone sent it to you, ask them to copy it
            again, whole.
          </p>
          <div className="mt-5 flex flex-wrap gap-3">
            <a
              href="./"
              onClick={(event) => {
                event.preventDefault();
                navigate("");
              }}
              className="rounded-md bg-ink px-3.5 py-1.5 text-sm font-semibold text-paper hover:opacity-90"
            >
              Go to the home page
            </a>
            <a
              href="#new"
              className="rounded-md border border-rule px-3.5 py-1.5 text-sm font-semibold text-ink hover:bg-ink/5"
            >
              Start a new comparison
            </a>
          </div>
        </div>
      </main>
    </div>
  );
}
