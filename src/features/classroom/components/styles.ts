/** Class names shared by the classroom's controls, in the reader's look. */

export const BUTTON =
  "inline-flex items-center justify-center gap-1.5 rounded-md border border-rule bg-panel px-3 py-1.5 text-sm font-semibold text-ink hover:border-muted/60 hover:bg-ink/5 disabled:cursor-not-allowed disabled:opacity-50";

export const PRIMARY =
  "inline-flex items-center justify-center gap-1.5 rounded-md border border-ink bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50";

export const LINK_BUTTON =
  "rounded-sm text-left text-xs font-semibold text-link underline-offset-2 hover:underline";

export const FIELD =
  "block w-full rounded-md border border-rule bg-paper px-2.5 py-1.5 text-sm text-ink placeholder:text-muted";

export const SECTION_HEADING = "font-sans text-sm font-semibold tracking-wide text-ink";
