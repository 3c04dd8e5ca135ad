import type { SourceInput } from "../analysis/types.ts";
import { err, ok, type Result } from "../lib/result.ts";
import seedIndex from "../../seeds/index.json";

/** A shipped comparison, ready for the engine. */
export interface SeedComparison {
  readonly id: string;
  readonly title: string;
  readonly date: string | undefined;
  readonly about: string | undefined;
  readonly inputs: readonly SourceInput[];
}

/** Every seed text, as written on disk, keyed by file name (Vite inlines them at build time). */
const seedTexts = import.meta.glob<string>("../../seeds/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});

function textOf(file: string): string | undefined {
  return seedTexts[`../../seeds/${file}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Reads `seeds/index.json` defensively: a broken index is a message on screen, not a blank page. */
export function loadSeeds(index: unknown = seedIndex): Result<readonly SeedComparison[], string> {
  const list = isRecord(index) ? index["comparisons"] : undefined;
  if (!Array.isArray(list) || list.length === 0)
    return err("No sample comparison is bundled with this build.");
  const seeds: SeedComparison[] = [];
  for (const entry of list as unknown[]) {
    if (!isRecord(entry) || typeof entry["id"] !== "string" || !Array.isArray(entry["sources"])) {
      return err("The list of sample comparisons is malformed.");
    }
    const inputs: SourceInput[] = [];
    for (const source of entry["sources"] as unknown[]) {
      if (!isRecord(source) || typeof source["file"] !== "string") {
        return err(`Sample "${entry["id"]}" lists a source without a file.`);
      }
      const text = textOf(source["file"]);
      if (text === undefined)
        return err(`Sample "${entry["id"]}" is missing its file ${source["file"]}.`);
      inputs.push({
        name: typeof source["name"] === "string" ? source["name"] : source["file"],
        text,
      });
    }
    seeds.push({
      id: entry["id"],
      title: typeof entry["title"] === "string" ? entry["title"] : entry["id"],
      date: typeof entry["date"] === "string" ? entry["date"] : undefined,
      about: typeof entry["about"] === "string" ? entry["about"] : undefined,
      inputs,
    });
  }
  return ok(seeds);
}
