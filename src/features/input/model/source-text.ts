import type { DraftSource } from "./draft.ts";
import type { LoadedFile } from "./read-file.ts";
import { cleanSourceName } from "./source-name.ts";
import { nameFromFileName, suggestOutletName } from "./suggest-name.ts";
import { sourceFormat } from "./validate.ts";

/**
 * The source with new text. The name field follows the text (the page's own name for itself,
 * else the file's name) until the user types a name of their own.
 */
export function withText(
  source: DraftSource,
  text: string,
  file: DraftSource["file"],
): DraftSource {
  const next = { ...source, text, file };
  if (source.nameEdited) return next;
  const html = sourceFormat(next) === "html";
  const suggested =
    suggestOutletName(text, html) ?? (file ? nameFromFileName(file.name) : undefined) ?? "";
  // A page or a file name may hide direction overrides or invisible characters: suggest the clean name.
  return { ...next, name: cleanSourceName(suggested) };
}

export function withFile(source: DraftSource, loaded: LoadedFile): DraftSource {
  return withText(source, loaded.text, { name: loaded.name, html: loaded.html });
}
