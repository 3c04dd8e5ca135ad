import type { Comparison } from "../../../analysis/types.ts";
import { DisclosureMenu } from "../../../ui/disclosure-menu.tsx";
import { downloadText } from "../model/download.ts";
import { comparisonJson, exportFileName } from "../model/file-name.ts";
import { comparisonToMarkdown } from "../model/markdown.ts";

interface ExportMenuProps {
  readonly comparison: Comparison;
  readonly title: string;
  readonly about: string | undefined;
  /** A link that reopens the comparison, when one can carry it (made on demand). */
  readonly makeLink: () => string | undefined;
  readonly buttonClassName: string;
}

const itemClass =
  "block w-full rounded-lg px-3 py-2 text-left hover:bg-ink/5 focus-visible:bg-ink/5";

/** Downloads of the comparison (Markdown report, JSON data) and a printed copy. */
export function ExportMenu({
  comparison,
  title,
  about,
  makeLink,
  buttonClassName,
}: ExportMenuProps) {
  return (
    <DisclosureMenu label="Export" buttonClassName={buttonClassName} data-menu="export">
      {(close) => (
        <ul className="text-sm">
          <li>
            <button
              type="button"
              className={itemClass}
              onClick={() => {
                const markdown = comparisonToMarkdown(comparison, {
                  title,
                  about,
                  link: makeLink(),
                });
                downloadText(exportFileName(title, "md"), markdown, "text/markdown");
                close();
              }}
            >
              <span className="block font-semibold">Markdown report</span>
              <span className="block text-xs text-muted">
                Alignment, quotes, variants, framing and what only some report.
              </span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className={itemClass}
              onClick={() => {
                downloadText(
                  exportFileName(title, "json"),
                  comparisonJson(comparison),
                  "application/json",
                );
                close();
              }}
            >
              <span className="block font-semibold">Comparison data (JSON)</span>
              <span className="block text-xs text-muted">
                Everything the analysis found, with offsets into each text.
              </span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className={itemClass}
              onClick={() => {
                close();
                // After the menu has closed, so it is not in the printed copy.
                requestAnimationFrame(() => window.print());
              }}
            >
              <span className="block font-semibold">Print or save as PDF</span>
              <span className="block text-xs text-muted">
                The columns with their marks, legible in black and white.
              </span>
            </button>
          </li>
        </ul>
      )}
    </DisclosureMenu>
  );
}
