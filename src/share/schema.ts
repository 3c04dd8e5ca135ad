import * as v from "valibot";
import { SHARE_LIMITS as L } from "./limits.ts";
import { err, ok, type Result } from "./types.ts";

/*
 * Schemas for everything a link may carry. Objects are strict (an unknown key is an error):
 * any change to the payload bumps the version, so an older app says "made by a newer version"
 * instead of silently dropping a field. Each check carries the clause shown to the reader.
 */

/** Layer ids are slugs ("quote-shared"); the codec does not know the list, the UI does. */
const LAYER_ID = /^[A-Za-z0-9_-]+$/;
/** Sentence and mark ids: "A.3", "q-A.q1", "v-v1-B-0", "unique-A.3". */
const SELECTED_ID = /^[A-Za-z0-9._:-]+$/;
/** Seed ids as in `seeds/index.json`: "iran-russia-ties". */
const SEED_ID = /^[a-z0-9][a-z0-9-]*$/;

const viewSchema = v.strictObject(
  {
    layers: v.exactOptional(
      v.pipe(
        v.array(
          v.pipe(
            v.string("a layer name is not text"),
            v.maxLength(
              L.maxLayerIdChars,
              `a layer name is longer than ${L.maxLayerIdChars} characters`,
            ),
            v.regex(LAYER_ID, "a layer name has characters a layer name cannot have"),
          ),
          "its layers are not a list",
        ),
        v.maxLength(L.maxLayers, `it lists more than ${L.maxLayers} layers`),
      ),
    ),
    selected: v.exactOptional(
      v.pipe(
        v.string("its selection is not text"),
        v.maxLength(
          L.maxSelectedChars,
          `its selection is longer than ${L.maxSelectedChars} characters`,
        ),
        v.regex(SELECTED_ID, "its selection has characters an id cannot have"),
      ),
    ),
    mode: v.exactOptional(v.picklist(["read", "class"], 'its mode is neither "read" nor "class"')),
  },
  "its view settings are not in the expected form",
);

const sourceSchema = v.strictObject(
  {
    name: v.pipe(
      v.string("a source name is not text"),
      v.maxLength(L.maxNameChars, `a source name is longer than ${L.maxNameChars} characters`),
    ),
    text: v.pipe(
      v.string("a source text is not text"),
      v.maxLength(
        L.maxTextChars,
        `a source text is longer than ${L.maxTextChars.toLocaleString("en")} characters`,
      ),
    ),
    format: v.exactOptional(
      v.picklist(["text", "html"], 'a source format is neither "text" nor "html"'),
    ),
  },
  "a source is not in the expected form",
);

const sourcesSchema = v.pipe(
  v.array(sourceSchema, "its sources are not a list"),
  v.minLength(L.minSources, (issue) => countMessage(issue.received)),
  v.maxLength(L.maxSources, (issue) => countMessage(issue.received)),
);

function countMessage(received: string): string {
  const n = Number(received);
  return `it has ${n} source${n === 1 ? "" : "s"}, and a comparison takes ${L.minSources} to ${L.maxSources}`;
}

/** The JSON inside a `v1=` link. */
export const inputsPayloadSchema = v.strictObject(
  { sources: sourcesSchema, view: v.exactOptional(viewSchema) },
  "it does not hold a list of sources",
);

const seedStateSchema = v.strictObject(
  {
    kind: v.literal("seed"),
    seed: v.pipe(
      v.string("its comparison name is not text"),
      v.maxLength(
        L.maxSeedIdChars,
        `its comparison name is longer than ${L.maxSeedIdChars} characters`,
      ),
      v.regex(SEED_ID, "its comparison name has characters a name cannot have"),
    ),
    view: v.exactOptional(viewSchema),
  },
  "it names a shipped comparison in an unexpected form",
);

const inputsStateSchema = v.strictObject(
  { kind: v.literal("inputs"), sources: sourcesSchema, view: v.exactOptional(viewSchema) },
  "its sources are not in the expected form",
);

/** Either kind of state, as the UI hands it over or a link decodes to. */
export const sharedStateSchema = v.variant(
  "kind",
  [seedStateSchema, inputsStateSchema],
  "it is neither a shipped comparison nor a set of sources",
);

/**
 * Validates `input` against `schema`, stopping at the first problem. On failure, returns the
 * clause for the reader, with the source's position when the problem is inside one source.
 */
export function check<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Result<v.InferOutput<S>, string> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return ok(result.output);
  const issue = result.issues[0];
  const path = issue.path ?? [];
  const sourceIndex = path.findIndex((item) => item.key === "sources") + 1;
  const position = sourceIndex > 0 ? path[sourceIndex]?.key : undefined;
  const where = typeof position === "number" ? ` (source ${position + 1})` : "";
  return err(issue.message + where);
}
