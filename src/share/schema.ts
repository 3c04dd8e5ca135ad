import * as v from "valibot";
import { SHARE_LIMITS as L } from "./limits.ts";
import { err, ok, type Result } from "../lib/result.ts";

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

// ---------- classroom: lessons and student work (v2 links) ----------

/** Question, tag and kind ids: "attribution-B-412", "custom-3", "only-here". */
const CLASS_ID = /^[A-Za-z0-9_-]+$/;

const classIdSchema = (what: string) =>
  v.pipe(
    v.string(`${what} is not text`),
    v.minLength(1, `${what} is empty`),
    v.maxLength(L.maxClassIdChars, `${what} is longer than ${L.maxClassIdChars} characters`),
    v.regex(CLASS_ID, `${what} has characters an id cannot have`),
  );

const offsetSchema = v.pipe(
  v.number("a passage's position is not a number"),
  v.integer("a passage's position is not a whole number"),
  v.minValue(0, "a passage's position is negative"),
  v.maxValue(L.maxTextChars, "a passage's position is past the end of any text"),
);

const passageEntries = {
  source: v.pipe(
    v.number("a passage's source is not a number"),
    v.integer("a passage's source is not a whole number"),
    v.minValue(0, "a passage's source is negative"),
    v.maxValue(L.maxSources - 1, `a passage's source is past the ${L.maxSources}th`),
  ),
  start: offsetSchema,
  end: offsetSchema,
};

const ORDER_MESSAGE = "a passage ends before it starts";

const passageSchema = v.pipe(
  v.strictObject(passageEntries, "a passage is not in the expected form"),
  v.check((passage) => passage.end > passage.start, ORDER_MESSAGE),
);

const boundedText = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} is not text`),
    v.maxLength(max, `${what} is longer than ${max.toLocaleString("en")} characters`),
  );

const questionSchema = v.strictObject(
  {
    id: classIdSchema("a question's id"),
    kind: classIdSchema("a question's kind"),
    text: boundedText("a question", L.maxQuestionChars),
    passages: v.pipe(
      v.array(passageSchema, "a question's passages are not a list"),
      v.maxLength(L.maxPassages, `a question points to more than ${L.maxPassages} passages`),
    ),
  },
  "a question is not in the expected form",
);

const lessonSchema = v.strictObject(
  {
    title: v.exactOptional(boundedText("the lesson's title", L.maxTitleChars)),
    instructions: v.exactOptional(boundedText("the instructions", L.maxInstructionsChars)),
    focus: v.pipe(
      v.array(classIdSchema("a kind of tag"), "the kinds of tag are not a list"),
      v.maxLength(L.maxLayers, `it lists more than ${L.maxLayers} kinds of tag`),
    ),
    questions: v.pipe(
      v.array(questionSchema, "the questions are not a list"),
      v.maxLength(L.maxQuestions, `it has more than ${L.maxQuestions} questions`),
    ),
  },
  "its lesson is not in the expected form",
);

const tagSchema = v.pipe(
  v.strictObject(
    {
      ...passageEntries,
      id: classIdSchema("a tag's id"),
      kind: classIdSchema("a tag's kind"),
      note: v.exactOptional(boundedText("a note", L.maxNoteChars)),
      afterCheck: v.exactOptional(v.boolean("a tag's check flag is not true or false")),
    },
    "a tag is not in the expected form",
  ),
  v.check((passage) => passage.end > passage.start, ORDER_MESSAGE),
);

const answerSchema = v.strictObject(
  {
    question: classIdSchema("an answer's question"),
    text: boundedText("an answer", L.maxAnswerChars),
  },
  "an answer is not in the expected form",
);

const workSchema = v.strictObject(
  {
    student: v.exactOptional(boundedText("the student's name", L.maxStudentChars)),
    tags: v.pipe(
      v.array(tagSchema, "the tags are not a list"),
      v.maxLength(L.maxTags, `it has more than ${L.maxTags} tags`),
    ),
    answers: v.pipe(
      v.array(answerSchema, "the answers are not a list"),
      v.maxLength(L.maxQuestions, `it has more than ${L.maxQuestions} answers`),
    ),
    checked: v.exactOptional(v.boolean("its check flag is not true or false")),
  },
  "its student work is not in the expected form",
);

/** A student's work as this device keeps it between visits: checked as strictly as a link. */
export const storedWorkSchema = workSchema;
/** A teacher's lesson as this device keeps it while it is being prepared. */
export const storedLessonSchema = lessonSchema;

/** The JSON inside a `v1=` link. */
export const inputsPayloadSchema = v.strictObject(
  { sources: sourcesSchema, view: v.exactOptional(viewSchema) },
  "it does not hold a list of sources",
);

const seedIdSchema = v.pipe(
  v.string("its comparison name is not text"),
  v.maxLength(
    L.maxSeedIdChars,
    `its comparison name is longer than ${L.maxSeedIdChars} characters`,
  ),
  v.regex(SEED_ID, "its comparison name has characters a name cannot have"),
);

const seedStateSchema = v.strictObject(
  {
    kind: v.literal("seed"),
    seed: seedIdSchema,
    view: v.exactOptional(viewSchema),
    lesson: v.exactOptional(lessonSchema),
    work: v.exactOptional(workSchema),
  },
  "it names a shipped comparison in an unexpected form",
);

const inputsStateSchema = v.strictObject(
  {
    kind: v.literal("inputs"),
    sources: sourcesSchema,
    view: v.exactOptional(viewSchema),
    lesson: v.exactOptional(lessonSchema),
    work: v.exactOptional(workSchema),
  },
  "its sources are not in the expected form",
);

/**
 * The JSON inside a `v2=` link: a class link (a lesson) or a handed-in one (a lesson and a
 * student's work), about a shipped comparison or about reports carried in the link.
 */
export const classPayloadSchema = v.pipe(
  v.strictObject(
    {
      seed: v.exactOptional(seedIdSchema),
      sources: v.exactOptional(sourcesSchema),
      view: v.exactOptional(viewSchema),
      lesson: v.exactOptional(lessonSchema),
      work: v.exactOptional(workSchema),
    },
    "it does not hold a comparison with a lesson",
  ),
  v.check(
    (payload) => (payload.seed === undefined) !== (payload.sources === undefined),
    "it names neither one shipped comparison nor one set of sources",
  ),
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
  const places: string[] = [];
  path.forEach((item, k) => {
    const label = typeof item.key === "string" ? LIST_ITEM[item.key] : undefined;
    const position = path[k + 1]?.key;
    if (label && typeof position === "number") places.push(`${label} ${position + 1}`);
  });
  return err(places.length > 0 ? `${issue.message} (${places.join(", ")})` : issue.message);
}

/** Lists whose items a message names by position: "(source 2)", "(question 3, passage 1)". */
const LIST_ITEM: Readonly<Record<string, string>> = {
  sources: "source",
  questions: "question",
  passages: "passage",
  tags: "tag",
  answers: "answer",
};
